package org.factbench.indexer.normalize;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecoderTest {

    @Test
    void validUtf8IsDecodedWithoutANote() {
        DecodedText decoded = TextDecoder.decode("Bakı, Ağdam — «тест»".getBytes(StandardCharsets.UTF_8), null);

        assertThat(decoded.text()).isEqualTo("Bakı, Ağdam — «тест»");
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.notes()).isEmpty();
    }

    @Test
    void latin1BytesFallBackToWindows1252WithANote() {
        byte[] latin1 = "a £15.8m signing from Parma — caf\u00E9".getBytes(TextDecoder.WINDOWS_1252);

        DecodedText decoded = TextDecoder.decode(latin1, null);

        assertThat(decoded.text()).isEqualTo("a £15.8m signing from Parma — caf\u00E9");
        assertThat(decoded.notes()).singleElement().asString().startsWith("decoded as windows-1252");
    }

    @Test
    void cyrillicInALegacyEncodingIsRecognizedAsWindows1251() {
        byte[] cp1251 = "Посол России в Азербайджане заявил, что Москва ценит позицию Баку".getBytes(TextDecoder.WINDOWS_1251);

        DecodedText decoded = TextDecoder.decode(cp1251, null);

        assertThat(decoded.text()).isEqualTo("Посол России в Азербайджане заявил, что Москва ценит позицию Баку");
        assertThat(decoded.notes()).singleElement().asString().contains("windows-1251");
    }

    @Test
    void byteOrderMarksDecideAndAreRemoved() {
        byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        byte[] utf16le = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0};

        assertThat(TextDecoder.decode(utf8Bom, null).text()).isEqualTo("hi");
        assertThat(TextDecoder.decode(utf16le, null).text()).isEqualTo("hi");
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognizedFromItsZeroBytes() {
        byte[] utf16le = "Plain English text in UTF-16".getBytes(StandardCharsets.UTF_16LE);

        DecodedText decoded = TextDecoder.decode(utf16le, null);

        assertThat(decoded.text()).isEqualTo("Plain English text in UTF-16");
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void aDeclaredCharsetIsUsedUnlessTheBytesAreUtf8() {
        byte[] cp1252 = "caf\u00E9".getBytes(TextDecoder.WINDOWS_1252);
        byte[] utf8 = "caf\u00E9".getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoder.decode(cp1252, StandardCharsets.ISO_8859_1).text()).isEqualTo("caf\u00E9");
        DecodedText contradicted = TextDecoder.decode(utf8, StandardCharsets.ISO_8859_1);
        assertThat(contradicted.text()).isEqualTo("caf\u00E9");
        assertThat(contradicted.notes()).singleElement().asString().contains("declared ISO-8859-1 but is valid UTF-8");
    }

    @Test
    void aDeclaredUtf8ThatIsNotIsDecodedAsALegacyEncodingWithNotes() {
        byte[] cp1252 = "na\u00EFve".getBytes(TextDecoder.WINDOWS_1252);

        DecodedText decoded = TextDecoder.decode(cp1252, StandardCharsets.UTF_8);

        assertThat(decoded.text()).isEqualTo("na\u00EFve");
        assertThat(decoded.notes()).anySatisfy(note -> assertThat(note).contains("declared UTF-8 but is not valid UTF-8"));
    }

    @Test
    void unknownCharsetLabelsGiveNull() {
        assertThat(TextDecoder.charsetFor("no-such-charset")).isNull();
        assertThat(TextDecoder.charsetFor("\"utf-8\"")).isEqualTo(StandardCharsets.UTF_8);
    }
}
