package org.treatylens.linking;

/**
 * One reason to link a passage to an article, as computed before it is stored.
 */
record FoundLink(long passageId, int article, Integer paragraph, LinkKind kind, double score, String evidence) {

	FoundLink {
		if (score < 0 || score > 1) {
			throw new IllegalArgumentException("A link score is in [0,1]: " + score);
		}
	}

}
