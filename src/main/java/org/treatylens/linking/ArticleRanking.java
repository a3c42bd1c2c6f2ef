package org.treatylens.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One article's linked passages in the pages' order, without their text: for each passage
 * its document, place, strongest reason's rank and score, and the paragraphs its reasons
 * name. Small (a few numbers a passage), so it is kept in memory per article and every
 * page of the article (desk, compare, API) picks its rows from it instead of ranking all
 * the article's links again in the database.
 */
final class ArticleRanking {

	/**
	 * One linked passage: {@code rank} is its strongest reason's {@link LinkKind}
	 * ordinal, {@code score} that reason's score (the highest among equals).
	 */
	record Entry(long passageId, long documentId, String slug, int ordinal, int rank, double score, int[] paragraphs) {

		boolean onParagraph(int paragraph) {
			return Arrays.stream(this.paragraphs).anyMatch((p) -> p == paragraph);
		}

	}

	private final List<Entry> entries;

	/**
	 * @param entries in the pages' order (rank, score desc, document, ordinal, id)
	 */
	ArticleRanking(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	int size() {
		return this.entries.size();
	}

	/** Per document (in document order): its passages, and those on the paragraph. */
	List<ArticleLinks.SourceCount> counts(Integer paragraph) {
		Map<Long, int[]> byDocument = new TreeMap<>();
		Map<Long, String> slugs = new HashMap<>();
		for (Entry entry : this.entries) {
			int[] count = byDocument.computeIfAbsent(entry.documentId(), (id) -> new int[2]);
			slugs.putIfAbsent(entry.documentId(), entry.slug());
			count[0]++;
			if (paragraph != null && entry.onParagraph(paragraph)) {
				count[1]++;
			}
		}
		List<ArticleLinks.SourceCount> counts = new ArrayList<>(byDocument.size());
		byDocument.forEach((id, count) -> counts.add(new ArticleLinks.SourceCount(slugs.get(id), count[0], count[1])));
		return counts;
	}

	/** The passages ranked {@code offset + 1} to {@code offset + limit}. */
	List<Long> page(int offset, int limit) {
		int from = Math.min(offset, this.entries.size());
		return this.entries.subList(from, Math.min(this.entries.size(), from + limit))
			.stream()
			.map(Entry::passageId)
			.toList();
	}

	/**
	 * Each document's first passages (those on {@code paragraph} only, when given): at
	 * most {@code limits.get(slug)} of a listed source, {@code otherwise} of any other;
	 * in the ranking's order.
	 */
	List<Long> strongest(Integer paragraph, Map<String, Integer> limits, int otherwise) {
		Map<Long, Integer> taken = new HashMap<>();
		List<Long> chosen = new ArrayList<>();
		for (Entry entry : this.entries) {
			if (paragraph != null && !entry.onParagraph(paragraph)) {
				continue;
			}
			int limit = limits.getOrDefault(entry.slug(), otherwise);
			if (limit > 0 && taken.merge(entry.documentId(), 1, Integer::sum) <= limit) {
				chosen.add(entry.passageId());
			}
		}
		return chosen;
	}

}
