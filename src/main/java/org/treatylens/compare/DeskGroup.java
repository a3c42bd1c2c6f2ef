package org.treatylens.compare;

import org.treatylens.system.ListPage;

/**
 * One source's passages on the reading desk, bounded however much the source says: its
 * {@value #STRONGEST} strongest, or, when the reader asked for more of this source
 * ({@code ?more=slug}), a page of {@value #PAGE} of them ({@code &page=}). The count of
 * all of them is kept, so the page can offer the rest.
 */
record DeskGroup(SourceSummary source, ListPage<LinkedPassageView> passages, boolean expanded) {

	/** Passages a source shows on the desk before "show more". */
	static final int STRONGEST = 5;

	/** Passages a page of one source's "show more" holds. */
	static final int PAGE = 25;

	static DeskGroup of(SourceGroup group, String more, int page) {
		boolean expanded = group.source().slug().equals(more);
		return new DeskGroup(group.source(),
				expanded ? ListPage.of(group.passages(), page, PAGE) : ListPage.of(group.passages(), 1, STRONGEST),
				expanded);
	}

	/** How many of the source's passages this page leaves out. */
	public long notShown() {
		return this.passages.total() - this.passages.items().size();
	}

}
