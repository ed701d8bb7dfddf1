package org.factbench.indexer.parse;

import org.factbench.indexer.normalize.LanguageGuesser;
import org.factbench.indexer.parse.feed.FeedReader;
import org.factbench.indexer.parse.html.HtmlArticleExtractor;
import org.factbench.indexer.parse.html.HtmlFileReader;
import org.factbench.indexer.parse.jsonl.FieldMapping;
import org.factbench.indexer.parse.jsonl.JsonDocumentReader;
import org.factbench.indexer.parse.jsonl.JsonLinesReader;
import org.factbench.indexer.parse.text.PlainTextReader;
import org.factbench.indexer.parse.warc.WarcFileReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@link CorpusReader}: expands directories, recognizes each file's format (extension first, then its
 * first bytes; gzip by its magic number), hands the file to that format's reader and finishes every article
 * (metadata precedence, normalization, language). Files that are one page each are read on a small pool ahead of
 * the caller ({@link ReadAhead}), so a page that is slow to extract does not hold back the ones after it; results
 * still arrive in input order, on the caller's thread. One file failing — or one line, item or record inside it
 * — is reported as {@link ParseResult.Failed} and reading goes on; nothing but an exception thrown by the
 * sink itself leaves {@link #read}.
 *
 * <p>Works with or without Spring: {@code new FormatDetectingCorpusReader()} uses the default settings.
 * Safe to share between threads: every call keeps its own state, and the one shared piece, the language
 * detector, is thread-safe.
 */
@Component
public class FormatDetectingCorpusReader implements CorpusReader {

    private static final Logger log = LoggerFactory.getLogger(FormatDetectingCorpusReader.class);
    private static final int HEAD_BYTES = 8192;
    private static final String SUPPORTED = "supported are plain text, HTML, JSON Lines, JSON, RSS/Atom feeds and WARC files, each optionally gzipped";

    private final ParseSettings settings;
    private final ArticleFinisher finisher;
    private final ArticleFinisher finisherLeavingLanguages;
    private final HtmlArticleExtractor htmlExtractor;

    public FormatDetectingCorpusReader() {
        this(ParseSettings.defaults());
    }

    @Autowired
    public FormatDetectingCorpusReader(ParseSettings settings) {
        this.settings = settings;
        this.htmlExtractor = new HtmlArticleExtractor(settings.html());
        this.finisher = new ArticleFinisher(new LanguageGuesser(settings.languages()));
        this.finisherLeavingLanguages = finisher.leavingLanguagesUndetected();
    }

    @Override
    public void read(List<Path> paths, ReadOptions options, Consumer<ParseResult> sink) {
        read(paths, options, finisher, sink);
    }

    @Override
    public void readLeavingLanguagesUndetected(List<Path> paths, ReadOptions options, Consumer<ParseResult> sink) {
        read(paths, options, finisherLeavingLanguages, sink);
    }

    @Override
    public ParsedArticle detectLanguage(ParsedArticle article) {
        return finisher.withDetectedLanguage(article);
    }

    private void read(List<Path> paths, ReadOptions options, ArticleFinisher finisher, Consumer<ParseResult> sink) {
        ReadOptions effective = options == null ? ReadOptions.defaults() : options;
        Map<Format, FormatReader> readers;
        try {
            readers = readersFor(effective);
        } catch (IllegalArgumentException e) {
            for (Path path : paths) {
                sink.accept(new ParseResult.Failed(path.toString(), e.getMessage()));
            }
            return;
        }
        try (ReadAhead reading = new ReadAhead(sink)) {
            for (Path path : paths) {
                SourceWalker.walk(path,
                        file -> {
                            if (ReadAhead.isDocument(file.getFileName().toString())) {
                                reading.ahead(file.toString(), to -> readFile(file, effective, readers, finisher, to));
                            } else {
                                reading.inline(to -> readFile(file, effective, readers, finisher, to));
                            }
                        },
                        (problem, reason) -> reading.result(new ParseResult.Failed(problem.toString(), reason)));
            }
            reading.drain();
        }
    }

    private Map<Format, FormatReader> readersFor(ReadOptions options) {
        FieldMapping mapping = FieldMapping.of(options.jsonFields());
        long max = settings.maxDocumentBytes();
        Map<Format, FormatReader> readers = new EnumMap<>(Format.class);
        readers.put(Format.TEXT, new PlainTextReader());
        readers.put(Format.HTML, new HtmlFileReader(htmlExtractor));
        readers.put(Format.JSON_LINES, new JsonLinesReader(mapping, max));
        readers.put(Format.JSON, new JsonDocumentReader(mapping, max));
        readers.put(Format.FEED, new FeedReader());
        readers.put(Format.WARC, new WarcFileReader(htmlExtractor));
        return readers;
    }

    private void readFile(Path path, ReadOptions options, Map<Format, FormatReader> readers, ArticleFinisher finisher,
                          Consumer<ParseResult> sink) {
        String source = path.toString();
        FinishingSink fileSink = null;
        try {
            if (Files.size(path) == 0) {
                emit(sink, new ParseResult.Failed(source, "empty file"));
                return;
            }
            SidecarMetadata sidecar = SidecarMetadata.readFor(path);
            InputFile input = new InputFile(path, hasGzipMagic(path), settings.maxDocumentBytes());
            byte[] head = head(input);
            if (head.length == 0) {
                emit(sink, new ParseResult.Failed(source, "empty file (the gzip data holds nothing)"));
                return;
            }
            Format format = detect(input.name(), head);
            String binary = format == Format.WARC ? null : BinarySniffer.describeBinary(head, head.length);
            if (binary != null) {
                emit(sink, new ParseResult.Failed(source, "not text: this looks like " + binary + "; " + SUPPORTED));
                return;
            }
            fileSink = new FinishingSink(finisher, sidecar, format == Format.TEXT || format == Format.HTML, options, sink);
            readers.get(format).read(input, fileSink);
        } catch (SinkException e) {
            throw e.getCause();
        } catch (SidecarMetadata.InvalidSidecarException e) {
            sink.accept(new ParseResult.Failed(source, e.getMessage() + "; fix or remove it, then read the file again"));
        } catch (CorruptGzipException | TooLargeException e) {
            sink.accept(new ParseResult.Failed(source, e.getMessage() + kept(fileSink)));
        } catch (AccessDeniedException e) {
            sink.accept(new ParseResult.Failed(source, "permission denied: the file cannot be read"));
        } catch (NoSuchFileException e) {
            sink.accept(new ParseResult.Failed(source, "the file disappeared while it was being read" + kept(fileSink)));
        } catch (IOException e) {
            sink.accept(new ParseResult.Failed(source, "could not be read: " + e.getMessage() + kept(fileSink)));
        } catch (RuntimeException | StackOverflowError e) {
            // A library failing on odd input must not end the batch; the stack trace is for whoever fixes the reader.
            log.warn("Reading {} failed unexpectedly", source, e);
            sink.accept(new ParseResult.Failed(source, "could not be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")" + kept(fileSink)));
        }
    }

    private static void emit(Consumer<ParseResult> sink, ParseResult result) {
        SinkException.deliver(sink, result);
    }

    private static Format detect(String name, byte[] head) {
        Format byExtension = Format.byExtension(name);
        if (byExtension != null) {
            return byExtension;
        }
        Format byContent = Format.byContent(head, head.length);
        return byContent == null ? Format.TEXT : byContent;
    }

    private static boolean hasGzipMagic(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.read() == 0x1F && in.read() == 0x8B;
        }
    }

    private static byte[] head(InputFile input) throws IOException {
        try (InputStream in = input.open()) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    private static String kept(FinishingSink fileSink) {
        if (fileSink == null || fileSink.delivered() == 0) {
            return "";
        }
        return "; the " + fileSink.delivered() + " result(s) read before this point are kept";
    }
}
