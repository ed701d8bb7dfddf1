package org.factbench.indexer.parse;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Recognizes content that is not text, so a PDF or an image renamed to .txt is refused with a clear reason
 * instead of being indexed as garbage.
 */
final class BinarySniffer {

    private static final Map<String, String> MAGIC = Map.of(
            "%PDF", "a PDF document",
            "PK\u0003\u0004", "a ZIP archive (also .docx, .xlsx, .odt, .epub)",
            "\u0089PNG", "a PNG image",
            "GIF8", "a GIF image",
            "\u00FF\u00D8\u00FF", "a JPEG image",
            "\u00D0\u00CF\u0011\u00E0", "an old Microsoft Office document (.doc, .xls)",
            "\u007FELF", "an executable",
            "7z\u00BC\u00AF", "a 7-Zip archive",
            "Rar!", "a RAR archive",
            "BZh", "a bzip2 archive");

    private BinarySniffer() {
    }

    /** @return what the content is when it is not text (e.g. "a PDF document"), or null when it is text */
    static String describeBinary(byte[] head, int length) {
        String start = new String(head, 0, Math.min(length, 8), StandardCharsets.ISO_8859_1);
        for (Map.Entry<String, String> magic : MAGIC.entrySet()) {
            if (start.startsWith(magic.getKey())) {
                return magic.getValue();
            }
        }
        return looksBinary(head, length) ? "binary data" : null;
    }

    /**
     * Text has no NUL bytes (unless it is UTF-16, which has a pattern of them) and few control characters;
     * binary data has plenty of both.
     */
    private static boolean looksBinary(byte[] head, int length) {
        if (length == 0 || isUtf16(head, length)) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) || b == 0x7F) {
                control++;
            }
        }
        return control > length / 10;
    }

    private static boolean isUtf16(byte[] head, int length) {
        if (length >= 2 && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) || ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF))) {
            return true;
        }
        int sample = Math.min(length, 1024) & ~1;
        int zeroOdd = 0;
        int zeroEven = 0;
        for (int i = 0; i < sample; i++) {
            if (head[i] == 0) {
                if ((i & 1) == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int pairs = Math.max(1, sample / 2);
        return (zeroOdd > pairs * 0.6 && zeroEven < pairs * 0.05) || (zeroEven > pairs * 0.6 && zeroOdd < pairs * 0.05);
    }
}
