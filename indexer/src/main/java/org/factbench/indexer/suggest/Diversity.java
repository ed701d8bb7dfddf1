package org.factbench.indexer.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Spreads a ranking over articles and outlets: at most {@code perArticle} passages of one article are kept (the
 * rest of an article is one click away in the reader), and past {@code perOutlet} of one outlet further passages of
 * it move behind the others, so ten suggestions are not ten paragraphs of one story or one newspaper.
 */
final class Diversity {

    private Diversity() {
    }

    static <T> List<T> spread(List<T> ranked, Function<T, String> article, Function<T, String> outlet, int perArticle,
                              int perOutlet, int limit) {
        Map<String, Integer> byArticle = new HashMap<>();
        Map<String, Integer> byOutlet = new HashMap<>();
        List<T> kept = new ArrayList<>();
        List<T> deferred = new ArrayList<>();
        for (T item : ranked) {
            String a = article.apply(item);
            if (byArticle.merge(a, 1, Integer::sum) > perArticle) {
                continue;
            }
            String o = outlet.apply(item);
            if (o != null && byOutlet.merge(o, 1, Integer::sum) > perOutlet) {
                deferred.add(item);
            } else {
                kept.add(item);
            }
        }
        kept.addAll(deferred);
        return kept.size() > limit ? new ArrayList<>(kept.subList(0, limit)) : kept;
    }
}
