package org.treatylens.linking;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a passage speaks of the treaty's content: "the agreement includes a provision",
 * "key clauses in the pact", "both countries will commit to". Background on an article's
 * subject that never engages the treaty (a gas deal, a statement about Syria's
 * territorial integrity) is not a discussion of the article, however similar its words.
 * The treaty is named definitely ("the treaty", "this agreement"); "an agreement signed
 * in 2014" is another one.
 */
final class TreatyMention {

	/**
	 * The treaty named definitely: "the treaty", "this agreement", "the new strategic
	 * pact".
	 */
	private static final Pattern THE_TREATY = Pattern.compile("\\b(?:the|this|that|these|their|its|new)\\b"
			+ "(?<words>(?:\\s+[\\p{L}\\d\u2019'-]+){0,4}?)\\s+(?:treat(?:y|ies)|agreements?|pacts?|accords?"
			+ "|documents?|deals?|partnership)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Words that speak of what a treaty says or binds its parties to. */
	private static final Pattern CONTENT = Pattern.compile("\\b(?:provisions?|provides? for|clauses?|articles?"
			+ "|signator(?:y|ies)|the text|commit(?:s|ted|ment|ments)?|pledg(?:e|es|ed)|undertak(?:e|es|ing)|agreed"
			+ "|bind(?:s|ing)? themselves|stipulat\\w*|enshrin\\w*)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

	private TreatyMention() {
	}

	static boolean in(String passage) {
		if (CONTENT.matcher(passage).find()) {
			return true;
		}
		// "an agreement signed in 2014" or "the 2001 Treaty" is another instrument
		Matcher named = THE_TREATY.matcher(passage);
		while (named.find()) {
			if (!YEAR.matcher(named.group("words")).find()) {
				return true;
			}
		}
		return false;
	}

}
