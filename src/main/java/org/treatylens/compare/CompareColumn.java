package org.treatylens.compare;

import java.util.List;

/**
 * One source's column in the compare view: its strongest passages on the article (those
 * that only list the article last), at most {@value #SIZE}, and how many it has in all.
 */
record CompareColumn(SourceSummary source, List<LinkedPassageView> passages, long total) {

	/** Passages a column shows; the rest are on the reading desk. */
	static final int SIZE = 25;

	CompareColumn {
		passages = List.copyOf(passages);
	}

	/** How many of the source's passages the column leaves to the reading desk. */
	public long more() {
		return this.total - this.passages.size();
	}

}
