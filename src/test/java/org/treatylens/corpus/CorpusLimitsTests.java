package org.treatylens.corpus;

import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.SourceDocumentRepository;
import org.treatylens.treaty.TreatyRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What one write may store, on PostgreSQL: every way in (an import, a new text, a
 * metadata edit, the bulk import) refuses what is over a limit with a message naming the
 * limit, and stores nothing of it.
 */
@DataJpaTest
@Import({ CorpusImporter.class, CorpusJobs.class, CorpusJobStore.class, CorpusLimits.class, BulkDocumentImport.class,
		DocumentCuration.class })
class CorpusLimitsTests {

	@Autowired
	private CorpusImporter importer;

	@Autowired
	private BulkDocumentImport bulk;

	@Autowired
	private DocumentCuration curation;

	@Autowired
	private TreatyRepository treaties;

	@Autowired
	private SourceDocumentRepository documents;

	@BeforeEach
	void startEmpty() {
		this.documents.deleteAll();
		this.treaties.deleteAll();
		this.documents.flush();
	}

	@Test
	void aTreatyOfMoreThan500ArticlesIsRefusedAnd500AreStored() {
		assertThatThrownBy(() -> this.importer.importTreaty(treaty(501))).isInstanceOf(CorpusFormatException.class)
			.hasMessage("big.txt: the treaty has 501 articles; at most 500 are allowed");
		assertThat(this.treaties.count()).isZero();
		assertThat(this.importer.importTreaty(treaty(500)).stored().getArticles()).hasSize(500);
	}

	@Test
	void aDocumentOfMoreThan20000PassagesIsRefused() {
		String lines = "A paragraph.\n".repeat(20_001);
		assertThatThrownBy(() -> this.importer.importDocument(metadata("long"), CorpusFile.of("long.txt", lines)))
			.isInstanceOf(CorpusFormatException.class)
			.hasMessage("long.txt: the document has 20,001 passages; at most 20,000 are allowed");
		assertThat(this.documents.count()).isZero();
	}

	@Test
	void aNulByteInTheTextIsRefusedWithItsLineAndColumn() {
		assertThatThrownBy(() -> this.importer.importDocument(metadata("nul"),
				CorpusFile.of("nul.txt", "First paragraph.\nSecond\u0000one.\n")))
			.isInstanceOf(CorpusFormatException.class)
			.hasMessage("nul.txt, line 2: a control character (U+0000) at column 7; a text file has none but tabs"
					+ " and line breaks");
		assertThatThrownBy(() -> this.importer.importTreaty(
				CorpusFile.of("t.txt", "---\nid: t\ntitle: T\narticles_total: 1\n---\nArticle 1\nOne\u0007.\n")))
			.hasMessageStartingWith("t.txt, line 7: a control character (U+0007)");
		assertThat(this.documents.count()).isZero();
	}

	@Test
	void aNewTextAndAMetadataEditAreHeldToTheSameLimits() {
		this.importer.importDocument(metadata("notes"), CorpusFile.of("notes.txt", "A paragraph.\n"));
		String label = "x".repeat(501);
		assertThatThrownBy(() -> this.curation.edit("notes",
				new DocumentMetadata("notes", label, null, null, null, null, null, null, null), "admin"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("The label is 501 characters long; at most 500 are allowed.");
		assertThatThrownBy(
				() -> this.curation.replaceText("notes", CorpusFile.of("v2.txt", "Para\u0001graph.\n"), "admin"))
			.hasMessageStartingWith("v2.txt, line 1: a control character (U+0001) at column 5");
		assertThat(this.documents.findBySlug("notes").orElseThrow().getLabel()).isEqualTo("notes");
	}

	@Test
	void theBulkImportRefusesWhatAnImportWouldAndStoresNothingOfItsBatch() {
		List<BulkDocumentImport.Upload> uploads = List.of(
				new BulkDocumentImport.Upload(metadata("fine"), CorpusFile.of("fine.txt", "Fine.\n")),
				new BulkDocumentImport.Upload(
						new DocumentMetadata("huge", "y".repeat(1 << 20), null, null, null, null, null, null, null),
						CorpusFile.of("huge.txt", "Huge label.\n")));
		Iterator<BulkDocumentImport.Upload> iterator = uploads.iterator();
		assertThatThrownBy(() -> this.bulk.importAll(iterator, "admin")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("The label is 1,048,576 characters long; at most 500 are allowed.");
		assertThat(this.documents.findBySlug("fine")).isEmpty();
	}

	private static DocumentMetadata metadata(String slug) {
		return new DocumentMetadata(slug, null, null, null, null, null, null, null, null);
	}

	private static CorpusFile treaty(int articles) {
		return CorpusFile.of("big.txt",
				"---\nid: russia-iran-2025\ntitle: T\narticles_total: " + articles + "\n---\nArticle 1\nOne.\n");
	}

}
