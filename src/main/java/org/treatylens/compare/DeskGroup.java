package org.treatylens.compare;

import java.util.List;

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

	/**
	 * @param passages the source's first passages in the desk's order (all of them, or
	 * enough for the page asked for)
	 * @param total how many passages the source has on the desk in all
	 */
	static DeskGroup of(SourceSummary source, List<LinkedPassageView> passages, long total, String more, int page) {
		boolean expanded = source.slug().equals(more);
		int size = expanded ? PAGE : STRONGEST;
		int number = expanded ? Math.clamp(page, 1, Math.max(1, (int) ((total + PAGE - 1) / PAGE))) : 1;
		int from = Math.min(passages.size(), (number - 1) * size);
		return new DeskGroup(source,
				new ListPage<>(passages.subList(from, Math.min(passages.size(), from + size)), number, size, total),
				expanded);
	}

	/** How many of the source's passages this page leaves out. */
	public long notShown() {
		return this.passages.total() - this.passages.items().size();
	}

}
