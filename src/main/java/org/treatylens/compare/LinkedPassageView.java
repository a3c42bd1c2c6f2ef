package org.treatylens.compare;

import java.util.List;
import java.util.function.Supplier;

import org.treatylens.commentary.Citation;
import org.treatylens.linking.LinkKind;
import org.treatylens.linking.LinkReason;

/**
 * A linked passage as the reading pages show it: its reasons, the sentence to mark, where
 * it sits in its document, its permalink ({@code /passages/{id}}, which follows the
 * passage into new versions of its document), how to cite it, and whether a person
 * confirmed the link. The sentence to mark is found when a page shows the passage
 * ({@code marking}, at most once): a page shows a few of an article's passages, not all.
 */
record LinkedPassageView(long id, SourceSummary source, int ordinal, String text, LinkKind kind, Integer paragraph,
		double score, String evidence, List<LinkReason> reasons, Supplier<SentenceHighlight> marking,
		String documentPath, String permalink, Citation citation, boolean confirmed) {

	public SentenceHighlight highlight() {
		return this.marking.get();
	}

	public String anchor() {
		return "p-" + this.ordinal;
	}

	/**
	 * The article paragraphs this passage is linked to, in order, without repeats.
	 */
	public List<Integer> paragraphs() {
		return this.reasons.stream().map(LinkReason::paragraph).filter((p) -> p != null).distinct().sorted().toList();
	}

	public boolean discussesParagraph(int number) {
		return this.reasons.stream().anyMatch((r) -> r.paragraph() != null && r.paragraph() == number);
	}

	/**
	 * Whether any reason says in words why it links (shown on the card, not in a
	 * mouse-only tooltip).
	 */
	public boolean hasEvidence() {
		return this.reasons.stream().anyMatch((r) -> r.evidence() != null && !r.evidence().isBlank());
	}

	public String scoreText() {
		return String.format(java.util.Locale.ROOT, "%.2f", this.score);
	}

	// the card's labels and links, made once here instead of by template expressions: a
	// page of the desk or the compare view has up to a hundred cards

	/** Where the passage sits, for its "Open in …" link. */
	public String place() {
		return this.source.label() + ", passage " + this.ordinal;
	}

	/** The passages nearest in meaning to this one. */
	public String similarHref() {
		return "/search/similar?passage=" + this.id;
	}

}
