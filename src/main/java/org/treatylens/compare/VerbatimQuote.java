package org.treatylens.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a passage that only reproduces the treaty's words from one that says something
 * about them: a passage is a verbatim quote of a paragraph when at least
 * {@value #COVERED} of its words sit in runs of three or more words of that paragraph (a
 * leading "Article 3:" or a paragraph number is allowed for).
 */
final class VerbatimQuote {

	static final double COVERED = 0.8;

	private static final int RUN = 3;

	private static final int SHORTEST = 8;

	private static final int MAX_CACHED = 2_000;

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final KeptResults<String, Set<String>> RUNS = new KeptResults<>(MAX_CACHED,
			(text) -> Set.copyOf(runs(words(text))));

	private static final int MAX_VERDICTS = 5_000;

	private static final KeptResults<Check, Optional<Integer>> VERDICTS = new KeptResults<>(MAX_VERDICTS,
			(c) -> Optional.ofNullable(check(c.passage(), c.paragraphs())));

	/** A passage's text checked against an article's paragraphs. */
	private record Check(String passage, List<ArticleText.Paragraph> paragraphs) {

		Check {
			paragraphs = List.copyOf(paragraphs);
		}

	}

	private VerbatimQuote() {
	}

	/**
	 * The number of the paragraph the passage reproduces, or null when it adds words of
	 * its own (or is too short to tell).
	 */
	static Integer reproduced(String passage, List<ArticleText.Paragraph> paragraphs) {
		// kept, bounded: a desk page checks the same hundred passages on every request,
		// and the check was a fifth of the page's time
		return VERDICTS.get(new Check(passage, paragraphs)).orElse(null);
	}

	private static Integer check(String passage, List<ArticleText.Paragraph> paragraphs) {
		List<String> words = words(passage);
		if (words.size() < SHORTEST) {
			return null;
		}
		List<String> passageRuns = runs(words);
		Integer best = null;
		int bestCovered = 0;
		boolean[] coveredAnywhere = new boolean[words.size()];
		for (ArticleText.Paragraph paragraph : paragraphs) {
			boolean[] covered = covered(passageRuns, words.size(), paragraphRuns(paragraph.text()));
			int count = 0;
			for (int i = 0; i < covered.length; i++) {
				count += covered[i] ? 1 : 0;
				coveredAnywhere[i] |= covered[i];
			}
			if (count > bestCovered) {
				best = paragraph.number();
				bestCovered = count;
			}
		}
		int total = 0;
		for (boolean c : coveredAnywhere) {
			total += c ? 1 : 0;
		}
		return (best != null && total >= COVERED * words.size()) ? best : null;
	}

	/**
	 * A paragraph's runs, made once per paragraph text rather than once per passage: a
	 * page checks many passages against the same few paragraphs. Bounded: the treaty has
	 * a few hundred paragraphs, and a changed text just adds an entry.
	 */
	private static Set<String> paragraphRuns(String text) {
		return RUNS.get(text);
	}

	/**
	 * Which of the passage's words sit in one of its runs ({@code passageRuns}, the run
	 * starting at each word, made once per passage) that the paragraph has too.
	 */
	private static boolean[] covered(List<String> passageRuns, int words, Set<String> paragraphRuns) {
		boolean[] covered = new boolean[words];
		for (int i = 0; i < passageRuns.size(); i++) {
			if (paragraphRuns.contains(passageRuns.get(i))) {
				for (int j = i; j < i + RUN; j++) {
					covered[j] = true;
				}
			}
		}
		return covered;
	}

	// the run of RUN words starting at each word that has that many after it
	private static List<String> runs(List<String> words) {
		List<String> runs = new ArrayList<>();
		for (int i = 0; i + RUN <= words.size(); i++) {
			runs.add(String.join(" ", words.subList(i, i + RUN)));
		}
		return runs;
	}

	// letters and digits only, so that typographic hyphens, quotes and dashes do not
	// matter
	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
