package org.treatylens.history;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.treatylens.commentary.SourceDocumentRepository;
import org.treatylens.corpus.CorpusFile;
import org.treatylens.corpus.CorpusImporter;
import org.treatylens.corpus.CorpusImporterSlice;
import org.treatylens.treaty.TreatyRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A treaty import is in the history of each article whose text it changed, under the name
 * of whoever imported it, on PostgreSQL.
 */
@DataJpaTest
@Import({ ChangeHistory.class, CorpusImporterSlice.class })
class TreatyImportHistoryTests {

	private static final String HEADER = "---\nid: russia-iran-2025\ntitle: T\narticles_total: 47\n---\n";

	@Autowired
	private CorpusImporter importer;

	@Autowired
	private ChangeHistory history;

	@Autowired
	private TreatyRepository treaties;

	@Autowired
	private SourceDocumentRepository documents;

	@BeforeEach
	void startEmpty() {
		this.documents.deleteAll();
		this.treaties.deleteAll();
		this.treaties.flush();
	}

	@Test
	void eachArticleWhoseTextChangedRecordsWhoImportedIt() {
		this.importer.importTreaty(CorpusFile.of("first.txt", HEADER + "Article 3\nThree.\n\nArticle 7\nSeven.\n"),
				"maria");
		this.importer.importTreaty(
				CorpusFile.of("second.txt",
						HEADER + "Article 3\nThree.\n\nArticle 7\nSeven, now" + " longer.\n\nArticle 9\nNine.\n"),
				"admin");

		assertThat(this.history.forArticle(7)).extracting(Change::actor).containsExactly("admin", "maria");
		assertThat(this.history.forArticle(7).get(0).summary())
			.isEqualTo("Imported the treaty text from second.txt: the text of Article 7 changed");
		assertThat(this.history.forArticle(9)).extracting(Change::actor).containsExactly("admin");
		// the second import left Article 3 as it was, and no article without text changed
		assertThat(this.history.forArticle(3)).extracting(Change::actor).containsExactly("maria");
		assertThat(this.history.forArticle(8)).isEmpty();
		assertThat(List.of(1, 2, 4, 5, 6, 47)).allSatisfy((n) -> assertThat(this.history.forArticle(n)).isEmpty());
	}

}
