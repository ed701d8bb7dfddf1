package org.factbench.indexer.normalize;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides how bytes of unknown origin are decoded. In order: a byte order mark; UTF-16 without one (its zero
 * bytes would pass for valid UTF-8); a declared charset (HTTP header, {@code <meta charset>}) unless the bytes
 * are valid UTF-8 with non-ASCII characters — text in a legacy encoding practically never is, while pages
 * re-saved as UTF-8 often keep their old declaration; valid UTF-8; and last a legacy single-byte encoding —
 * windows-1251 when the high bytes look like Cyrillic letters, windows-1252 otherwise — with a note,
 * because that last step is a guess.
 */
public final class TextDecoder {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private TextDecoder() {
    }

    /** @param declared the charset the source claims, or null when it says nothing */
    public static DecodedText decode(byte[] bytes, int length, Charset declared) {
        List<String> notes = new ArrayList<>();
        Bom bom = Bom.of(bytes, length);
        if (bom != null) {
            return new DecodedText(lenient(bytes, bom.length, length - bom.length, bom.charset), bom.charset, notes);
        }
        Charset utf16 = utf16WithoutBom(bytes, length);
        if (utf16 != null) {
            notes.add("decoded as " + utf16.name() + " (no byte order mark)");
            return new DecodedText(lenient(bytes, 0, length, utf16), utf16, notes);
        }
        String utf8 = strictUtf8(bytes, length);
        if (declared != null) {
            Charset effective = whatwgAlias(declared);
            if (effective.equals(StandardCharsets.UTF_8)) {
                if (utf8 != null) {
                    return new DecodedText(utf8, StandardCharsets.UTF_8, notes);
                }
                notes.add("declared UTF-8 but is not valid UTF-8");
            } else if (utf8 != null && !isAscii(bytes, length)) {
                notes.add("declared " + declared.name() + " but is valid UTF-8; decoded as UTF-8");
                return new DecodedText(utf8, StandardCharsets.UTF_8, notes);
            } else {
                return new DecodedText(lenient(bytes, 0, length, effective), effective, notes);
            }
        } else if (utf8 != null) {
            return new DecodedText(utf8, StandardCharsets.UTF_8, notes);
        }
        Charset legacy = looksCyrillic(bytes, length) ? WINDOWS_1251 : WINDOWS_1252;
        notes.add("decoded as " + legacy.name() + ": not valid UTF-8");
        return new DecodedText(lenient(bytes, 0, length, legacy), legacy, notes);
    }

    public static DecodedText decode(byte[] bytes, Charset declared) {
        return decode(bytes, bytes.length, declared);
    }

    /** @return the charset for a label such as "ISO-8859-1" or "utf8", or null when Java does not know it */
    public static Charset charsetFor(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(label.trim().replace("\"", "").replace("'", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Browsers decode pages labelled Latin-1 or ASCII as windows-1252; so do we, or curly quotes get lost. */
    private static Charset whatwgAlias(Charset declared) {
        String name = declared.name().toUpperCase(Locale.ROOT);
        return name.equals("ISO-8859-1") || name.equals("US-ASCII") ? WINDOWS_1252 : declared;
    }

    private static String strictUtf8(byte[] bytes, int length) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, int length, Charset charset) {
        return new String(bytes, offset, length, charset);
    }

    private static boolean isAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Mostly-ASCII text with every other byte zero is UTF-16 without a byte order mark. */
    private static Charset utf16WithoutBom(byte[] bytes, int length) {
        int sample = Math.min(length, 4096) & ~1;
        if (sample < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int pairs = sample / 2;
        if (zeroOdd > pairs * 0.6 && zeroEven < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs * 0.6 && zeroOdd < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * In windows-1251 Cyrillic letters are bytes 0xC0-0xFF, so Russian text has most of its letters there;
     * Western European text in windows-1252 has only a few accented letters among plain ASCII ones.
     */
    private static boolean looksCyrillic(byte[] bytes, int length) {
        int high = 0;
        int asciiLetters = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0xC0) {
                high++;
            } else if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) {
                asciiLetters++;
            }
        }
        return high > asciiLetters;
    }

    private record Bom(Charset charset, int length) {

        static Bom of(byte[] b, int length) {
            if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }
    }
}
