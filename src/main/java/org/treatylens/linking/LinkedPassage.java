package org.treatylens.linking;

import java.util.List;

/**
 * A commentary passage linked to an article: the strongest reason first ({@code kind},
 * {@code paragraph}, {@code score}, {@code evidence}), every reason in {@code reasons};
 * {@code confirmed} when a person accepted or added the link.
 */
public record LinkedPassage(long passageId, String document, String documentLabel, int ordinal, String text,
		LinkKind kind, Integer paragraph, double score, String evidence, List<LinkReason> reasons, boolean confirmed) {

	public LinkedPassage {
		reasons = List.copyOf(reasons);
	}

}
