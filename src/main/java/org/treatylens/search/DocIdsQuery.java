package org.treatylens.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Matches the given documents of one index reader (the nearest passages of a kNN search,
 * say) by their doc ids: no stored field is read to name them, and no term dictionary is
 * searched to find them again. Valid only on the reader the ids came from.
 */
final class DocIdsQuery extends Query {

	private final int[] docs;

	/** Global doc ids of the reader the query will run on. */
	DocIdsQuery(int[] docs) {
		// an iterator must never return a document twice
		this.docs = Arrays.stream(docs).distinct().sorted().toArray();
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		return new ConstantScoreWeight(this, boost) {

			@Override
			public ScorerSupplier scorerSupplier(LeafReaderContext context) {
				int from = lowerBound(context.docBase);
				int to = lowerBound(context.docBase + context.reader().maxDoc());
				if (from == to) {
					return null;
				}
				DocIdSetIterator iterator = new Leaf(DocIdsQuery.this.docs, from, to, context.docBase);
				return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, iterator));
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false;
			}

		};
	}

	private int lowerBound(int doc) {
		int found = Arrays.binarySearch(this.docs, doc);
		return (found >= 0) ? found : -found - 1;
	}

	/** The ids of one segment, in order, relative to the segment. */
	private static final class Leaf extends DocIdSetIterator {

		private final int[] docs;

		private final int to;

		private final int base;

		private int at;

		private int doc = -1;

		Leaf(int[] docs, int from, int to, int base) {
			this.docs = docs;
			this.at = from - 1;
			this.to = to;
			this.base = base;
		}

		@Override
		public int docID() {
			return this.doc;
		}

		@Override
		public int nextDoc() {
			this.at++;
			this.doc = (this.at < this.to) ? this.docs[this.at] - this.base : NO_MORE_DOCS;
			return this.doc;
		}

		@Override
		public int advance(int target) throws IOException {
			while (nextDoc() < target) {
				// a few dozen ids at most: a linear walk is enough
			}
			return this.doc;
		}

		@Override
		public long cost() {
			return this.to - this.at - 1;
		}

	}

	@Override
	public String toString(String field) {
		return "docs" + Arrays.toString(this.docs);
	}

	@Override
	public void visit(QueryVisitor visitor) {
		visitor.visitLeaf(this);
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && Arrays.equals(this.docs, ((DocIdsQuery) other).docs);
	}

	@Override
	public int hashCode() {
		return 31 * classHash() + Arrays.hashCode(this.docs);
	}

}
