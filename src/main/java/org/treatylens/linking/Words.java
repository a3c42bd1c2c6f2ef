package org.treatylens.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits text into lower-case words with their spans in the original, so that typography
 * (curly quotes, dashes, non-breaking hyphens and spaces) and British or American
 * spelling do not hide a quotation.
 */
final class Words {

	record Word(String text, int start, int end) {
	}

	private static final Map<String, String> SPELLING = Map.of("defence", "defense", "organisation", "organization",
			"organisations", "organizations", "recognised", "recognized", "neighbour", "neighbor", "neighbours",
			"neighbors", "harmonise", "harmonize", "programme", "program");

	private Words() {
	}

	static List<Word> of(String text) {
		List<Word> words = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
				i++;
			}
			if (i > start) {
				String word = text.substring(start, i).toLowerCase(Locale.ROOT);
				words.add(new Word(SPELLING.getOrDefault(word, word), start, i));
			}
		}
		return words;
	}

}
