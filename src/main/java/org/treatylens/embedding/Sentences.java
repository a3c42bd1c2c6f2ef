package org.treatylens.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences: the unit that is embedded, because a passage that mentions
 * a provision in one sentence among background ones resembles the provision far less as a
 * whole than that sentence does.
 */
public final class Sentences {

	/**
	 * End punctuation, closing quotes or brackets, then space and what may start a
	 * sentence.
	 */
	private static final Pattern BOUNDARY = Pattern.compile("[.!?…]+[\"'”’)\\]]*\\s+(?=[\"'“‘(\\[]?[\\p{Lu}\\p{N}])");

	/** Words whose abbreviation ends in a full stop without ending the sentence. */
	private static final Set<String> ABBREVIATIONS = Set.of("art", "arts", "no", "nos", "para", "paras", "vol", "mr",
			"mrs", "ms", "dr", "prof", "st", "e.g", "i.e", "etc", "vs", "cf", "jan", "feb", "mar", "apr", "jun", "jul",
			"aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "p", "pp", "gen", "lt", "col", "sen",
			"rep", "gov", "inc", "ltd", "co", "jr", "sr", "fig", "ch", "sec");

	private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)[.!?…]*[\"'”’)\\]]*\\s*$");

	private Sentences() {
	}

	/**
	 * The sentences of the text, trimmed, in order; a text without an ending is one
	 * sentence.
	 */
	public static List<SentenceSpan> split(String text) {
		List<SentenceSpan> spans = new ArrayList<>();
		int start = 0;
		Matcher boundary = BOUNDARY.matcher(text);
		while (boundary.find()) {
			int end = boundary.end();
			if (endsWithAbbreviation(text.substring(start, end))) {
				continue;
			}
			add(text, start, end, spans);
			start = end;
		}
		add(text, start, text.length(), spans);
		return spans;
	}

	private static boolean endsWithAbbreviation(String sentence) {
		Matcher last = LAST_WORD.matcher(sentence);
		if (!last.find() || !sentence.stripTrailing().matches("(?s).*[\\p{L}]\\.[\"'”’)\\]]*$")) {
			return false;
		}
		String word = last.group(1).toLowerCase(Locale.ROOT);
		while (word.endsWith(".")) {
			word = word.substring(0, word.length() - 1);
		}
		// a single capital is an initial ("V. Putin")
		return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
	}

	private static void add(String text, int start, int end, List<SentenceSpan> spans) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			spans.add(new SentenceSpan(start, end));
		}
	}

}
