package org.treatylens.linking;

import java.util.regex.Pattern;

/**
 * Whether a passage speaks of the treaty's content: "the agreement includes a provision",
 * "key clauses in the pact", "both countries will commit to". Background on an article's
 * subject that never engages the treaty (a gas deal, a statement about Syria's
 * territorial integrity) is not a discussion of the article, however similar its words.
 */
final class TreatyMention {

	private static final Pattern WORDS = Pattern.compile("\\b(?:treat(?:y|ies)|agreements?|pacts?|accords?|documents?"
			+ "|provisions?|provides? for|clauses?|articles?|signator(?:y|ies)|the text|commit(?:s|ted|ment|ments)?"
			+ "|pledg(?:e|es|ed)|undertak(?:e|es|ing)|agreed|bind(?:s|ing)? themselves|stipulat\\w*|enshrin\\w*"
			+ "|partnership)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private TreatyMention() {
	}

	static boolean in(String passage) {
		return WORDS.matcher(passage).find();
	}

}
