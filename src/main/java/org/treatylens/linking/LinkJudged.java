package org.treatylens.linking;

/**
 * A person decided about a link: accepted or rejected the machine's suggestion, or added
 * one. Published inside the decision's transaction, so that its record in the history
 * lands with it.
 *
 * @param actor who decided
 * @param verdict {@code accept}, {@code reject} or {@code add}
 * @param previous the verdict it replaces, or null
 * @param document the slug of the passage's document
 * @param line the passage's first line in its file
 * @param ordinal the passage's number in its document
 * @param snippet the start of the passage's text
 */
public record LinkJudged(String actor, String verdict, String previous, long passageId, String document, int line,
		int ordinal, String snippet, int article, Integer paragraph, String note) {

	/** "Article 3(2)" or "Article 3". */
	public String target() {
		return "Article " + this.article + ((this.paragraph != null) ? "(" + this.paragraph + ")" : "");
	}

}
