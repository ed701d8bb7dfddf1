package org.factbench.core.suggestion;

/** What the activity log keeps of a dismissal. */
record SuggestionDismissed(String passageId, String articleId) {
}
