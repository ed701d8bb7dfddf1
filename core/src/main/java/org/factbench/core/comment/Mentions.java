package org.factbench.core.comment;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code @username} in a comment. Not preceded by a word character, so e-mail addresses do not count. */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?)");

    private Mentions() {
    }

    static Set<String> usernames(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(body);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
