package org.factbench.indexer.embed;

import java.util.List;

/** Turns passages and queries into vectors of {@link #dimensions()} floats, comparable by cosine. */
public interface TextEmbedder {

    /** Stored with every vector, so that vectors of another model are recognized and replaced. */
    String model();

    int dimensions();

    /** Passages with their context: the article title is part of what is embedded. */
    List<float[]> embedPassages(List<PassageText> passages);

    /** A search query or a claim, in the model's query form. */
    float[] embedQuery(String text);

    /** A passage and the title of its article (null when it has none). */
    record PassageText(String title, String text) {

        /** What the model sees: the title gives the paragraph its topic ("he", "the meeting" become findable). */
        public String withContext() {
            return title == null || title.isBlank() ? text : title.strip() + "\n" + text;
        }
    }
}
