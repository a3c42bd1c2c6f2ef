package org.treatylens.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Adds the words' {@link SearchQueries#proximity proximity} to the scores of the best
 * matches by BM25 only, not of every match as a clause of the query would: two common
 * words share hundreds of thousands of passages in a large corpus, and reading the
 * positions of both in each (to find where they stand close) costs more than all the rest
 * of the ranking. A passage outside the best {@value #WINDOW} by its words alone does not
 * reach the first pages by proximity.
 */
final class ProximityRescorer {

	/** Matches ranked by BM25 before the proximity is added. */
	static final int WINDOW = 200;

	private static final Comparator<ScoreDoc> BEST_FIRST = Comparator.comparingDouble((ScoreDoc hit) -> -hit.score)
		.thenComparingLong(ProximityRescorer::readingOrder);

	private ProximityRescorer() {
	}

	/** How many to rank by BM25 for {@code wanted} hits. */
	static int window(int wanted) {
		return Math.max(wanted, WINDOW);
	}

	/**
	 * @param hits ranked by score, then reading order (their sort values, the score
	 * first)
	 * @return the best {@code wanted} of them by score with the proximity added, ties in
	 * reading order as before
	 */
	static ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] hits, Query proximity, int wanted) throws IOException {
		QueryRescorer rescorer = new QueryRescorer(proximity) {
			@Override
			protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
				// as the clause of a BooleanQuery would: the sum
				return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
			}
		};
		for (ScoreDoc hit : hits) {
			// a sort by score keeps the score among its sort values, not in the hit
			hit.score = (Float) ((FieldDoc) hit).fields[0];
		}
		TopDocs first = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
		ScoreDoc[] rescored = rescorer.rescore(searcher, first, hits.length).scoreDocs;
		for (ScoreDoc hit : rescored) {
			((FieldDoc) hit).fields[0] = hit.score;
		}
		Arrays.sort(rescored, BEST_FIRST);
		return Arrays.copyOf(rescored, Math.min(wanted, rescored.length));
	}

	private static long readingOrder(ScoreDoc hit) {
		return (Long) ((FieldDoc) hit).fields[1];
	}

}
