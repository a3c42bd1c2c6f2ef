package org.treatylens.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nearest passages of a meaning search are matched again by doc id: across segments,
 * alone and under a filter, exactly those documents.
 */
class DocIdsQueryTests {

	@Test
	void shouldMatchExactlyTheGivenDocumentsInEverySegment() throws Exception {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			for (int segment = 0; segment < 3; segment++) {
				for (int i = 0; i < 10; i++) {
					Document doc = new Document();
					doc.add(new StringField("n", Integer.toString(segment * 10 + i), Field.Store.YES));
					doc.add(new StringField("even", Boolean.toString(i % 2 == 0), Field.Store.NO));
					writer.addDocument(doc);
				}
				writer.commit();
			}
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				IndexSearcher searcher = new IndexSearcher(reader);
				int[] wanted = { 29, 3, 10, 11, 0, 3 };
				assertThat(numbers(searcher, new DocIdsQuery(wanted))).containsExactly("0", "3", "10", "11", "29");
				BooleanQuery evenOnly = new BooleanQuery.Builder().add(new DocIdsQuery(wanted), Occur.MUST)
					.add(new TermQuery(new Term("even", "true")), Occur.FILTER)
					.build();
				assertThat(numbers(searcher, evenOnly)).containsExactly("0", "10");
				assertThat(searcher.count(new DocIdsQuery(new int[0]))).isZero();
			}
		}
	}

	private static List<String> numbers(IndexSearcher searcher, org.apache.lucene.search.Query query) throws Exception {
		List<String> numbers = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
			numbers.add(searcher.storedFields().document(hit.doc).get("n"));
		}
		return numbers.stream().sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).toList();
	}

}
