package org.factbench.indexer.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Spreads a ranking over articles and outlets: past {@code perArticle} passages of one article, or {@code perOutlet}
 * of one outlet, further ones move behind the others (in their order), so ten suggestions are not ten paragraphs
 * of one story or one newspaper while other sources have something. Nothing is dropped: when few articles bear on
 * the claim, the third paragraph of the right one still comes back (dropping it cost 3 of 69 dev-set claims).
 */
final class Diversity {

    private Diversity() {
    }

    static <T> List<T> spread(List<T> ranked, Function<T, String> article, Function<T, String> outlet, int perArticle,
                              int perOutlet, int limit) {
        Map<String, Integer> byArticle = new HashMap<>();
        Map<String, Integer> byOutlet = new HashMap<>();
        List<T> kept = new ArrayList<>();
        List<T> sameOutlet = new ArrayList<>();
        List<T> sameArticle = new ArrayList<>();
        for (T item : ranked) {
            if (byArticle.merge(article.apply(item), 1, Integer::sum) > perArticle) {
                sameArticle.add(item);
                continue;
            }
            String o = outlet.apply(item);
            if (o != null && byOutlet.merge(o, 1, Integer::sum) > perOutlet) {
                sameOutlet.add(item);
            } else {
                kept.add(item);
            }
        }
        kept.addAll(sameOutlet);
        kept.addAll(sameArticle);
        return kept.size() > limit ? new ArrayList<>(kept.subList(0, limit)) : kept;
    }
}
