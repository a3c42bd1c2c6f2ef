package org.treatylens.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts every matching document by source and by article, from doc values. The corpus is
 * small enough that counting over all matches is cheaper than maintaining a taxonomy.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, FacetCounter.Counts> {

	/**
	 * Matches per source slug and per article number, the total, and one document of each
	 * source (to read its label).
	 */
	record Counts(Map<String, Integer> sources, Map<Integer, Integer> articles, Map<String, Integer> sampleDoc,
			int total) {
	}

	@Override
	public Counting newCollector() {
		return new Counting();
	}

	@Override
	public Counts reduce(Collection<Counting> collectors) {
		Map<String, Integer> sources = new HashMap<>();
		Map<Integer, Integer> articles = new HashMap<>();
		Map<String, Integer> samples = new HashMap<>();
		int total = 0;
		for (Counting counting : collectors) {
			counting.sources.forEach((k, v) -> sources.merge(k, v, Integer::sum));
			counting.articles.forEach((k, v) -> articles.merge(k, v, Integer::sum));
			counting.samples.forEach(samples::putIfAbsent);
			total += counting.total;
		}
		return new Counts(sources, articles, samples, total);
	}

	static final class Counting implements Collector {

		private final Map<String, Integer> sources = new HashMap<>();

		private final Map<Integer, Integer> articles = new HashMap<>();

		private final Map<String, Integer> samples = new HashMap<>();

		private int total;

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			SortedDocValues source = DocValues.getSorted(context.reader(), IndexFields.SOURCE);
			SortedSetDocValues article = DocValues.getSortedSet(context.reader(), IndexFields.ARTICLES);
			int docBase = context.docBase;
			return new LeafCollector() {

				@Override
				public void setScorer(Scorable scorer) {
				}

				@Override
				public void collect(int doc) throws IOException {
					Counting.this.total++;
					if (source.advanceExact(doc)) {
						String slug = source.lookupOrd(source.ordValue()).utf8ToString();
						Counting.this.sources.merge(slug, 1, Integer::sum);
						Counting.this.samples.putIfAbsent(slug, docBase + doc);
					}
					if (article.advanceExact(doc)) {
						for (int i = 0; i < article.docValueCount(); i++) {
							int number = Integer.parseInt(article.lookupOrd(article.nextOrd()).utf8ToString());
							Counting.this.articles.merge(number, 1, Integer::sum);
						}
					}
				}

			};
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

	}

}
