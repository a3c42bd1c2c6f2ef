package org.treatylens.linking;

import java.util.ArrayList;
import java.util.List;

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

	private record Known(TreatyText.Paragraph paragraph, List<String> words) {
	}

	private final List<Known> paragraphs = new ArrayList<>();

	QuotationDetector(TreatyText treaty) {
		for (TreatyText.Paragraph paragraph : treaty.paragraphs()) {
			this.paragraphs
				.add(new Known(paragraph, Words.of(paragraph.text()).stream().map(Words.Word::text).toList()));
		}
	}

	List<Quotation> find(String passage) {
		List<Words.Word> words = Words.of(passage);
		List<Quotation> quotations = new ArrayList<>();
		for (Known known : this.paragraphs) {
			int[] run = longestCommonRun(words, known.words());
			int length = run[1] - run[0];
			int size = known.words().size();
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

	/** [start, end) in the passage's words of the longest run also in the paragraph. */
	private static int[] longestCommonRun(List<Words.Word> passage, List<String> paragraph) {
		int best = 0;
		int bestEnd = 0;
		int[] previous = new int[paragraph.size() + 1];
		for (int i = 1; i <= passage.size(); i++) {
			int[] current = new int[paragraph.size() + 1];
			String word = passage.get(i - 1).text();
			for (int j = 1; j <= paragraph.size(); j++) {
				if (word.equals(paragraph.get(j - 1))) {
					current[j] = previous[j - 1] + 1;
					if (current[j] > best) {
						best = current[j];
						bestEnd = i;
					}
				}
			}
			previous = current;
		}
		return new int[] { bestEnd - best, bestEnd };
	}

}
