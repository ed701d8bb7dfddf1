package org.factbench.indexer.segment;

import java.util.Locale;

/** English and Russian month names in the forms news text uses (Russian in every case ending). */
final class Months {

    private static final String[] ENGLISH = {"january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december"};

    private static final String[] RUSSIAN_STEMS = {"январ", "феврал", "март", "апрел", "ма", "июн", "июл",
            "август", "сентябр", "октябр", "ноябр", "декабр"};

    /** One capturing group: a month name, an English abbreviation with its full stop ("Sept.", "Dec.") or without. */
    static final String NAME = "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?"
            + "|январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?"
            + "|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])";

    private Months() {
    }

    /** @return 1-12 for a name that {@link #NAME} matched */
    static int number(String name) {
        String word = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (int i = 0; i < 12; i++) {
            if (ENGLISH[i].startsWith(word)) {
                return i + 1;
            }
        }
        for (int i = 0; i < 12; i++) {
            // "ма" would also prefix "март": check May's stem only on a short word.
            if (word.startsWith(RUSSIAN_STEMS[i]) && (i != 4 || word.length() == 3)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month name: " + name);
    }
}
