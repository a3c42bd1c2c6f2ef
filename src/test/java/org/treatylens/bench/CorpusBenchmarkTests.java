package org.treatylens.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.treatylens.corpus.BulkDocumentImport;
import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobQueue;
import org.treatylens.search.SearchProbe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's harness at a tiny size (5 documents, 200 passages), so that it cannot
 * rot while the benchmark itself stays out of the build: the generator is reproducible,
 * the bulk import stores what it generates, the stored vectors are used by linking and
 * the index, and both search engines find the corpus.
 */
@SpringBootTest
class CorpusBenchmarkTests {

	private static final int DOCUMENTS = 5;

	@Autowired
	private ApplicationContext app;

	@Autowired
	private CorpusJobs jobs;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Test
	void generatesLoadsLinksIndexesAndSearchesASmallCorpus() throws Exception {
		JobQueue.awaitIdle(this.jobs, java.time.Duration.ofMinutes(3));
		SyntheticCorpus corpus = SyntheticCorpus.of(Path.of("db", "corpus"), 7);
		SyntheticCorpus again = SyntheticCorpus.of(Path.of("db", "corpus"), 7);
		assertThat(texts(corpus)).isEqualTo(texts(again));
		assertThat(texts(SyntheticCorpus.of(Path.of("db", "corpus"), 8))).isNotEqualTo(texts(corpus));

		try (Connection db = this.dataSource.getConnection()) {
			CorpusBenchmark.load(this.app, this.jobs, db, corpus, DOCUMENTS, true, new CorpusBenchmark.Report());
			assertThat(this.jdbc
				.queryForObject("select count(*) from passage p join source_document d on d.id = p.document_id "
						+ "where d.slug like 'bench-%'", Integer.class))
				.isEqualTo(DOCUMENTS * SyntheticCorpus.LINES_PER_DOCUMENT);
			// every prose passage has its stored vectors, which linking and the index
			// read
			assertThat(this.jdbc.queryForObject("select count(*) from passage p join source_document d on "
					+ "d.id = p.document_id where d.slug like 'bench-%' and p.kind = 'PARAGRAPH' and not exists "
					+ "(select 1 from passage_embedding e where e.passage_id = p.id)", Integer.class))
				.isZero();
			// the synthetic citations are linked
			assertThat(this.jdbc.queryForObject("select count(*) from article_link l join passage p on "
					+ "p.id = l.passage_id join source_document d on d.id = p.document_id "
					+ "where d.slug like 'bench-%' and l.kind = 'citation'", Integer.class))
				.isPositive();

			PostgresFullText fullText = new PostgresFullText(db);
			assertThat(fullText.create()).isEqualTo(
					this.jdbc.queryForObject("select count(*) from passage where kind = 'PARAGRAPH'", Long.class));
			SearchProbe lucene = new SearchProbe(this.app);
			List<BenchQuery> rotation = BenchQuery.rotation(corpus, DOCUMENTS);
			assertThat(rotation).hasSizeGreaterThanOrEqualTo(40);
			BenchQuery filtered = new BenchQuery("treaty", "filtered", List.of("bench-000001"), List.of());
			SearchProbe.Outcome found = lucene.search(filtered.text(), filtered.sources(), filtered.articles(), true);
			assertThat(found.total()).isPositive();
			assertThat(found.sourceFacets()).isEqualTo(1);
			// the benchmark's second line ranks the same matches, without counting them
			assertThat(lucene.rankedTopTen(filtered.text(), filtered.sources(), filtered.articles()))
				.isEqualTo(Math.min(10, found.total()));
			assertThat(fullText.search(filtered)).isPositive();
		}
	}

	private static Set<String> texts(SyntheticCorpus corpus) {
		Set<String> texts = new java.util.LinkedHashSet<>();
		corpus.documents(2).forEachRemaining((BulkDocumentImport.Upload upload) -> texts.add(upload.file().text()));
		return texts.stream().collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

}
