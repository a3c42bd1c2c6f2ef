package org.treatylens.linking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * How the commentary uses each term, as similarity weighs it: in how many passages a word
 * or word pair occurs, and the totals BM25 needs. Counted once over the whole commentary
 * at a full relink and stored (the snapshot), so that linking one document later weighs
 * its words exactly as the full relink did, without reading the corpus.
 *
 * @param texts the passages counted (with or without terms)
 * @param docCount the passages with at least one term
 * @param sumTotalTermFreq the terms counted, repeats included
 * @param sumDocFreq the sum of all document frequencies
 * @param docFreq passages per term (only the terms asked for, when read from storage)
 */
record CorpusCounts(int texts, int docCount, long sumTotalTermFreq, long sumDocFreq, Map<String, Integer> docFreq) {

	static final CorpusCounts NONE = new CorpusCounts(0, 0, 0, 0, Map.of());

	static final String FIELD = "text";

	int docFreq(String term) {
		return this.docFreq.getOrDefault(term, 0);
	}

	/** These counts and another set's, as if their passages were counted together. */
	CorpusCounts plus(CorpusCounts other) {
		Map<String, Integer> merged = new HashMap<>(this.docFreq);
		other.docFreq.forEach((term, n) -> merged.merge(term, n, Integer::sum));
		return new CorpusCounts(this.texts + other.texts, this.docCount + other.docCount,
				this.sumTotalTermFreq + other.sumTotalTermFreq, this.sumDocFreq + other.sumDocFreq, merged);
	}

	/** The same totals, with the frequencies of these terms only. */
	CorpusCounts only(Set<String> terms) {
		Map<String, Integer> kept = new HashMap<>();
		terms.forEach((term) -> {
			Integer n = this.docFreq.get(term);
			if (n != null) {
				kept.put(term, n);
			}
		});
		return new CorpusCounts(this.texts, this.docCount, this.sumTotalTermFreq, this.sumDocFreq, kept);
	}

	/**
	 * Counts the passages as similarity indexes them: the text and the treaty terms of
	 * the vocabulary entries it uses, analysed by the treaty analyzer.
	 */
	static CorpusCounts of(List<String> passages, TreatyAnalyzer analyzer, TreatyVocabulary vocabulary) {
		if (passages.isEmpty()) {
			return NONE;
		}
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
				for (String passage : passages) {
					Document doc = new Document();
					for (String value : expanded(passage, vocabulary)) {
						doc.add(new TextField(FIELD, value, Field.Store.NO));
					}
					writer.addDocument(doc);
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				Terms terms = MultiTerms.getTerms(reader, FIELD);
				if (terms == null) {
					return new CorpusCounts(passages.size(), 0, 0, 0, Map.of());
				}
				Map<String, Integer> docFreq = new HashMap<>();
				TermsEnum each = terms.iterator();
				for (BytesRef term = each.next(); term != null; term = each.next()) {
					docFreq.put(term.utf8ToString(), each.docFreq());
				}
				return new CorpusCounts(passages.size(), terms.getDocCount(), terms.getSumTotalTermFreq(),
						terms.getSumDocFreq(), docFreq);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The in-memory index cannot fail", ex);
		}
	}

	/** The passage, and the treaty terms of the vocabulary entries it uses. */
	static List<String> expanded(String passage, TreatyVocabulary vocabulary) {
		List<String> values = new java.util.ArrayList<>();
		values.add(passage);
		vocabulary.hits(passage).forEach((h) -> values.add(h.treatyTerms()));
		return values;
	}

}
