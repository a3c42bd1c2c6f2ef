package org.treatylens.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): a document's score is the
 * sum over the rankings that hold it of 1 / (k + rank). It needs no calibration between
 * BM25 scores (unbounded, corpus-dependent) and cosine similarities, and a passage found
 * by both words and meaning comes before one found by either alone at the same ranks.
 */
final class RankFusion {

	/** The usual constant: it damps the difference between the very first ranks. */
	static final int K = 60;

	private RankFusion() {
	}

	/** A fused document: its Lucene id, fused score, and in which rankings it was. */
	record Fused(int doc, float score, boolean byWords, boolean byMeaning) {
	}

	/**
	 * @param words Lucene doc ids by BM25, best first
	 * @param meaning Lucene doc ids by vector similarity, best first
	 * @param tieBreak order of documents of equal fused score (reading order)
	 */
	static List<Fused> fuse(List<Integer> words, List<Integer> meaning, Comparator<Integer> tieBreak) {
		Map<Integer, float[]> scores = new LinkedHashMap<>();
		Map<Integer, boolean[]> sources = new HashMap<>();
		add(words, 0, scores, sources);
		add(meaning, 1, scores, sources);
		List<Fused> fused = new ArrayList<>();
		scores.forEach((doc, score) -> {
			boolean[] in = sources.get(doc);
			fused.add(new Fused(doc, score[0], in[0], in[1]));
		});
		fused.sort(Comparator.comparingDouble((Fused f) -> -f.score()).thenComparing((Fused f) -> f.doc(), tieBreak));
		return fused;
	}

	private static void add(List<Integer> ranking, int source, Map<Integer, float[]> scores,
			Map<Integer, boolean[]> sources) {
		for (int rank = 0; rank < ranking.size(); rank++) {
			int doc = ranking.get(rank);
			scores.computeIfAbsent(doc, (d) -> new float[1])[0] += 1f / (K + rank + 1);
			sources.computeIfAbsent(doc, (d) -> new boolean[2])[source] = true;
		}
	}

}
