package org.factbench.indexer.parse.html;

import org.factbench.indexer.parse.ParsedArticle;
import org.factbench.indexer.parse.ArticleSink;
import org.factbench.indexer.parse.FormatReader;
import org.factbench.indexer.parse.InputFile;

import java.io.IOException;

/** An HTML file is one article; the page's URL comes from its canonical link or the sidecar. */
public final class HtmlFileReader implements FormatReader {

    private final HtmlArticleExtractor extractor;

    public HtmlFileReader(HtmlArticleExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public void read(InputFile input, ArticleSink sink) throws IOException {
        byte[] html = input.readDocument();
        ParsedArticle draft;
        try {
            draft = extractor.extract(input.source(), html, html.length, null, null);
        } catch (TooComplexException e) {
            sink.failed(input.source(), e.getMessage());
            return;
        } catch (StackOverflowError e) {
            sink.failed(input.source(), "HTML nested too deeply to extract its content");
            return;
        }
        sink.article(draft);
    }
}
