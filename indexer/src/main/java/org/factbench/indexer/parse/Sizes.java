package org.factbench.indexer.parse;

import java.util.Locale;

/** Byte counts as people read them in messages: "512 bytes", "4 KB", "16 MB", "1.5 GB". */
public final class Sizes {

    private Sizes() {
    }

    public static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + units[unit];
    }
}
