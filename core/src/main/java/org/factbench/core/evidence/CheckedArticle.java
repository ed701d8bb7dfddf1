package org.factbench.core.evidence;

/** An article that evidence points into, and the oldest version any of its links was checked against. */
record CheckedArticle(String articleId, int oldestCheckedVersion) {
}
