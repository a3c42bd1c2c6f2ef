package org.treatylens.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

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
 * Counts every matching document by source and by article, from doc values: per segment a
 * counter per ordinal (an array increment per hit), turned into slugs and article numbers
 * once per segment for the ordinals that were hit. Neither stored fields nor strings per
 * hit: a query matching most of a 100,000-passage corpus costs an array walk.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, FacetCounter.Counts> {

	/**
	 * Matches per source slug and per article number, the total, and one document of each
	 * source (to read its label).
	 */
	record Counts(Map<String, Integer> sources, Map<Integer, Integer> articles, Map<String, Integer> sampleDoc,
			int total) {

		/**
		 * The {@code limit} sources with the most matches, most first (ties by slug):
		 * selected with a bounded heap, as a common word matches thousands of sources and
		 * sorting them all for 20 cost a tenth of a search.
		 */
		List<Map.Entry<String, Integer>> topSources(int limit) {
			Comparator<Map.Entry<String, Integer>> order = Map.Entry.<String, Integer>comparingByValue()
				.reversed()
				.thenComparing(Map.Entry.comparingByKey());
			PriorityQueue<Map.Entry<String, Integer>> worstFirst = new PriorityQueue<>(limit + 1, order.reversed());
			for (Map.Entry<String, Integer> entry : this.sources.entrySet()) {
				worstFirst.add(entry);
				if (worstFirst.size() > limit) {
					worstFirst.poll();
				}
			}
			List<Map.Entry<String, Integer>> top = new ArrayList<>(worstFirst);
			top.sort(order);
			return top;
		}

		/**
		 * These counts and those of other documents (none in both) together: the union's
		 * counts, exact, without collecting it again.
		 */
		Counts plus(Counts other) {
			if (other.total == 0) {
				return this;
			}
			Map<String, Integer> sources = new HashMap<>(this.sources);
			other.sources.forEach((k, v) -> sources.merge(k, v, Integer::sum));
			Map<Integer, Integer> articles = new HashMap<>(this.articles);
			other.articles.forEach((k, v) -> articles.merge(k, v, Integer::sum));
			Map<String, Integer> samples = new HashMap<>(this.sampleDoc);
			other.sampleDoc.forEach(samples::putIfAbsent);
			return new Counts(sources, articles, samples, this.total + other.total);
		}

	}

	@Override
	public Counting newCollector() {
		return new Counting();
	}

	@Override
	public Counts reduce(Collection<Counting> collectors) {
		if (collectors.size() == 1) {
			// one collector (a searcher without an executor): its maps are the result
			Counting only = collectors.iterator().next();
			return new Counts(only.sources, only.articles, only.samples, only.total);
		}
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
			int[] sourceCounts = new int[source.getValueCount()];
			int[] sourceSample = new int[sourceCounts.length];
			long[] articleCounts = new long[(int) article.getValueCount()];
			int docBase = context.docBase;
			return new LeafCollector() {

				@Override
				public void setScorer(Scorable scorer) {
				}

				@Override
				public void collect(int doc) throws IOException {
					Counting.this.total++;
					if (source.advanceExact(doc)) {
						int ord = source.ordValue();
						if (sourceCounts[ord]++ == 0) {
							sourceSample[ord] = docBase + doc;
						}
					}
					if (article.advanceExact(doc)) {
						for (int i = 0; i < article.docValueCount(); i++) {
							articleCounts[(int) article.nextOrd()]++;
						}
					}
				}

				/** The segment's ordinals that were hit, as slugs and numbers. */
				@Override
				public void finish() throws IOException {
					for (int ord = 0; ord < sourceCounts.length; ord++) {
						if (sourceCounts[ord] > 0) {
							String slug = source.lookupOrd(ord).utf8ToString();
							Counting.this.sources.merge(slug, sourceCounts[ord], Integer::sum);
							Counting.this.samples.putIfAbsent(slug, sourceSample[ord]);
						}
					}
					for (int ord = 0; ord < articleCounts.length; ord++) {
						if (articleCounts[ord] > 0) {
							int number = Integer.parseInt(article.lookupOrd(ord).utf8ToString());
							Counting.this.articles.merge(number, (int) articleCounts[ord], Integer::sum);
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
