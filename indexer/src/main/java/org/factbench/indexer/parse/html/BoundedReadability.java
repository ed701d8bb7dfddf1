package org.factbench.indexer.parse.html;

import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import net.dankito.readability4j.extended.processor.ArticleGrabberExtended;
import net.dankito.readability4j.extended.processor.PostprocessorExtended;
import net.dankito.readability4j.extended.util.RegExUtilExtended;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Preprocessor;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * readability4j with a deadline. The library cannot be interrupted, so its article grabber — where the work that
 * grows with nesting happens — checks the clock in the steps it takes per element and gives up with
 * {@link TooComplexException} once the deadline has passed.
 */
final class BoundedReadability {

    private static final RegExUtilExtended REG_EX = defaultRegEx();

    private BoundedReadability() {
    }

    /** @param deadline a {@link System#nanoTime()} value */
    static Article parse(String baseUrl, Document doc, long deadline, String limit) {
        ReadabilityOptions options = new ReadabilityOptions();
        return new Readability4JExtended(baseUrl, doc, options, REG_EX, new Preprocessor(REG_EX),
                new MetadataParser(REG_EX), new Grabber(options, REG_EX, deadline, limit), new PostprocessorExtended())
                .parse();
    }

    /** Checks the deadline every few hundred steps; the steps are those Readability takes for every element. */
    private static final class Grabber extends ArticleGrabberExtended {

        private final long deadline;
        private final String limit;
        private int steps;

        Grabber(ReadabilityOptions options, RegExUtilExtended regEx, long deadline, String limit) {
            super(options, regEx);
            this.deadline = deadline;
            this.limit = limit;
        }

        private void step() {
            if ((++steps & 0xFF) == 0 && System.nanoTime() - deadline > 0) {
                throw new TooComplexException("too complex: extracting the text took longer than " + limit
                        + " (the page is nested or repeated so much that Readability's work explodes); skipped");
            }
        }

        @Override
        protected Element getNextNode(Element node, boolean ignoreSelfAndKids) {
            step();
            return super.getNextNode(node, ignoreSelfAndKids);
        }

        @Override
        protected boolean hasChildBlockElement(Element element) {
            step();
            return super.hasChildBlockElement(element);
        }

        @Override
        protected boolean isElementWithoutContent(Element node) {
            step();
            return super.isElementWithoutContent(node);
        }

        @Override
        protected double getLinkDensity(Element element) {
            step();
            return super.getLinkDensity(element);
        }

        @Override
        protected List<Element> getNodeAncestors(Element node, int maxDepth) {
            step();
            return super.getNodeAncestors(node, maxDepth);
        }
    }

    /** The library's default patterns; its Kotlin default-argument constructor cannot be called from Java. */
    private static RegExUtilExtended defaultRegEx() {
        final class Defaults extends Readability4JExtended {
            Defaults() {
                super("http://localhost/", new Document(""));
            }

            RegExUtilExtended regEx() {
                return (RegExUtilExtended) getRegEx();
            }
        }
        return new Defaults().regEx();
    }
}
