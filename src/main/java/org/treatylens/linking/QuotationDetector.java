package org.treatylens.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the treaty paragraphs a passage reproduces: a long run of words shared with the
 * paragraph, after typography and spelling are normalised ({@link Words}). A run of
 * {@value #MIN_RUN} words is longer than any formula the articles share with each other
 * ("the Contracting Parties shall", "comprehensive, long-term and strategic
 * partnership"), so a paragraph is quoted when the passage shares such a run with it, or
 * reproduces most of a short paragraph.
 */
final class QuotationDetector {

	/** Words in a row that make a quotation. */
	static final int MIN_RUN = 8;

	/** Share of a short paragraph that makes a quotation, with at least 5 words. */
	static final double SHORT_PARAGRAPH_SHARE = 0.8;

	record Quotation(int article, int paragraph, double score, String evidence) {
	}

	/** A paragraph's words, each as the number of the word in {@link #wordNumbers}. */
	private record Known(TreatyText.Paragraph paragraph, int[] words) {
	}

	private final List<Known> paragraphs = new ArrayList<>();

	/**
	 * Every word of the paragraphs, numbered: runs are compared as numbers (a word in no
	 * paragraph is -1), once per passage and paragraph.
	 */
	private final Map<String, Integer> wordNumbers = new HashMap<>();

	QuotationDetector(TreatyText treaty) {
		for (TreatyText.Paragraph paragraph : treaty.paragraphs()) {
			int[] words = Words.of(paragraph.text())
				.stream()
				.mapToInt((w) -> this.wordNumbers.computeIfAbsent(w.text(), (k) -> this.wordNumbers.size()))
				.toArray();
			this.paragraphs.add(new Known(paragraph, words));
		}
	}

	List<Quotation> find(String passage) {
		List<Words.Word> words = Words.of(passage);
		int[] numbers = new int[words.size()];
		for (int i = 0; i < numbers.length; i++) {
			numbers[i] = this.wordNumbers.getOrDefault(words.get(i).text(), -1);
		}
		List<Quotation> quotations = new ArrayList<>();
		for (Known known : this.paragraphs) {
			int[] run = longestCommonRun(numbers, known.words());
			int length = run[1] - run[0];
			int size = known.words().length;
			boolean quoted = length >= MIN_RUN || (length >= 5 && length >= SHORT_PARAGRAPH_SHARE * size);
			if (quoted) {
				// the score is the share of the paragraph reproduced, at least one half
				double share = Math.min(1.0, (double) length / size);
				String evidence = passage.substring(words.get(run[0]).start(), words.get(run[1] - 1).end());
				quotations.add(new Quotation(known.paragraph().article(), known.paragraph().number(), 0.5 + 0.5 * share,
						evidence));
			}
		}
		return bestPerArticle(quotations);
	}

	/**
	 * Paragraphs of one article share formulas ("the intelligence and security agencies
	 * of the Contracting Parties shall"): of an article's quoted paragraphs keep the best
	 * one, and the others only when most of them is reproduced too.
	 */
	private static List<Quotation> bestPerArticle(List<Quotation> quotations) {
		List<Quotation> kept = new ArrayList<>();
		for (Quotation quotation : quotations) {
			double best = quotations.stream()
				.filter((q) -> q.article() == quotation.article())
				.mapToDouble(Quotation::score)
				.max()
				.orElse(0);
			if (quotation.score() == best || quotation.score() >= 0.8) {
				kept.add(quotation);
			}
		}
		return kept;
	}

	/**
	 * [start, end) in the passage's words of the longest run also in the paragraph (the
	 * first such run when several are as long).
	 */
	private static int[] longestCommonRun(int[] passage, int[] paragraph) {
		int best = 0;
		int bestEnd = 0;
		int[] previous = new int[paragraph.length + 1];
		int[] current = new int[paragraph.length + 1];
		for (int i = 1; i <= passage.length; i++) {
			int word = passage[i - 1];
			if (word < 0) {
				Arrays.fill(current, 0);
			}
			else {
				for (int j = 1; j <= paragraph.length; j++) {
					current[j] = (word == paragraph[j - 1]) ? previous[j - 1] + 1 : 0;
					if (current[j] > best) {
						best = current[j];
						bestEnd = i;
					}
				}
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return new int[] { bestEnd - best, bestEnd };
	}

}
