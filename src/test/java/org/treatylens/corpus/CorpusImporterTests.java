package org.treatylens.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.PassageRepository;
import org.treatylens.commentary.SourceDocument;
import org.treatylens.commentary.SourceDocumentRepository;
import org.treatylens.treaty.Treaty;
import org.treatylens.treaty.TreatyRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The loader and the user imports on PostgreSQL. Each test starts from an empty corpus
 * inside its own (rolled back) transaction, whatever other test classes stored.
 */
@DataJpaTest
@Import({ CorpusImporter.class, CorpusJobs.class, CorpusJobStore.class, CorpusLimits.class })
@RecordApplicationEvents
class CorpusImporterTests {

	private static final String SMALL_TREATY = "---\nid: russia-iran-2025\ntitle: T\narticles_total: 47\n---\n";

	@Autowired
	private CorpusImporter importer;

	@Autowired
	private TreatyRepository treaties;

	@Autowired
	private SourceDocumentRepository documents;

	@Autowired
	private PassageRepository passages;

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private CorpusJobStore jobs;

	private BundledCorpus bundled;

	@BeforeEach
	void startEmpty() {
		this.documents.deleteAll();
		this.treaties.deleteAll();
		this.documents.flush();
		this.bundled = new CorpusLoader(this.importer, new PathMatchingResourcePatternResolver(), "classpath:db/corpus")
			.read();
		this.events.clear();
	}

	@Test
	void shouldLoadTheBundledCorpusOnceAndAddNothingTheSecondTime() {
		Optional<CorpusChanged> first = this.importer.loadBundled(this.bundled);
		assertThat(first).contains(new CorpusChanged(true, Set.of("russia-iran-relations", "crescent-jonkers",
				"partnership-briefing-2025-01-24", "not-a-military-alliance", "stern-dpa-two-decades")));
		assertThat(this.events.stream(CorpusChanged.class)).hasSize(1);
		// the treaty came with it, so one full relink covers every document
		assertThat(this.jobs.next()).get()
			.satisfies((next) -> assertThat(next.job().action()).isEqualTo(CorpusJob.Action.RELINK_ALL));
		long unfinished = this.jobs.unfinished();
		List<Long> ids = this.passages.findAll().stream().map((p) -> p.getId()).sorted().toList();
		assertThat(ids).hasSize(217);

		assertThat(this.importer.loadBundled(this.bundled)).isEmpty();
		assertThat(this.events.stream(CorpusChanged.class)).hasSize(1);
		assertThat(this.jobs.unfinished()).isEqualTo(unfinished);
		assertThat(this.treaties.count()).isEqualTo(1);
		assertThat(this.documents.count()).isEqualTo(5);
		assertThat(this.passages.findAll().stream().map((p) -> p.getId()).sorted().toList()).isEqualTo(ids);
	}

	@Test
	void shouldReloadOnlyTheFileWhoseContentChanged() {
		this.importer.loadBundled(this.bundled);
		String before = this.documents.findBySlug("not-a-military-alliance").orElseThrow().getSha256();
		List<BundledCorpus.Document> changed = new ArrayList<>(this.bundled.documents());
		BundledCorpus.Document military = changed.get(3);
		changed.set(3, new BundledCorpus.Document(military.metadata(),
				CorpusFile.of(military.file().name(), military.file().text() + "\nOne more paragraph.\n")));

		Optional<CorpusChanged> change = this.importer.loadBundled(new BundledCorpus(this.bundled.treaties(), changed));

		assertThat(change).contains(new CorpusChanged(false, Set.of("not-a-military-alliance")));
		// only that document is linked and indexed again
		assertThat(this.jobs.latestFor("not-a-military-alliance")).get()
			.satisfies((job) -> assertThat(job.action()).isEqualTo(CorpusJob.Action.LINK_DOCUMENT));
		assertThat(this.jobs.latestFor("crescent-jonkers")).get()
			.satisfies((job) -> assertThat(job.action()).isEqualTo(CorpusJob.Action.RELINK_ALL));
		SourceDocument reloaded = this.documents.findBySlug("not-a-military-alliance").orElseThrow();
		assertThat(reloaded.getSha256()).isNotEqualTo(before);
		assertThat(reloaded.getPassages()).hasSize(20);
		assertThat(this.documents.count()).isEqualTo(5);
	}

	@Test
	void shouldApplyAChangedManifestEntry() {
		this.importer.loadBundled(this.bundled);
		List<BundledCorpus.Document> changed = new ArrayList<>(this.bundled.documents());
		BundledCorpus.Document stern = changed.get(4);
		DocumentMetadata m = stern.metadata();
		changed.set(4, new BundledCorpus.Document(new DocumentMetadata(m.slug(), m.label(), m.title(), m.subtitle(),
				m.author(), m.publisher(), null, "news-report", m.notes()), stern.file()));

		assertThat(this.importer.loadBundled(new BundledCorpus(this.bundled.treaties(), changed)))
			.contains(new CorpusChanged(false, Set.of("stern-dpa-two-decades")));
		assertThat(this.documents.findBySlug("stern-dpa-two-decades").orElseThrow().getKind()).isEqualTo("news-report");
	}

	@Test
	void shouldStoreNothingWhenOneFileIsMalformed() {
		List<BundledCorpus.Document> withBadFile = new ArrayList<>(this.bundled.documents());
		withBadFile.add(new BundledCorpus.Document(
				new DocumentMetadata("empty", null, null, null, null, null, null, null, null),
				CorpusFile.of("empty.txt", "\n\n")));

		assertThatThrownBy(() -> this.importer.loadBundled(new BundledCorpus(this.bundled.treaties(), withBadFile)))
			.isInstanceOf(CorpusFormatException.class)
			.hasMessage("empty.txt: the document has no text");
		assertThatThrownBy(() -> this.importer.loadBundled(
				new BundledCorpus(List.of(CorpusFile.of("bad.txt", SMALL_TREATY + "Article 1\nA.\nArticle 1\nB.\n")),
						this.bundled.documents())))
			.hasMessageStartingWith("bad.txt, line 8: Article 1 appears twice");

		assertThat(this.treaties.count()).isZero();
		assertThat(this.documents.count()).isZero();
		assertThat(this.events.stream(CorpusChanged.class)).isEmpty();
	}

	@Test
	void shouldReplaceTheTreatyWithAUsersFullerTextAndKeepItOnTheNextLoad() {
		this.importer.loadBundled(this.bundled);
		Imported<Treaty> imported = this.importer
			.importTreaty(CorpusFile.of("full.txt", SMALL_TREATY + "Article 7\nSeven.\n\nArticle 47\nLast.\n"));
		assertThat(imported.stored().article(7).orElseThrow().isPresent()).isTrue();
		// a new treaty text changes what every passage may link to: a full relink, queued
		assertThat(imported.job().action()).isEqualTo(CorpusJob.Action.RELINK_ALL);
		assertThat(this.jobs.find(imported.job().id()).orElseThrow().state()).isEqualTo(CorpusJob.State.PENDING);
		assertThat(this.events.stream(CorpusChanged.class)).last().isEqualTo(new CorpusChanged(true, Set.of()));

		assertThat(this.importer.loadBundled(this.bundled)).isEmpty();
		Treaty stored = this.treaties.findBySlug("russia-iran-2025").orElseThrow();
		assertThat(stored.getFileName()).isEqualTo("full.txt");
		assertThat(this.treaties.count()).isEqualTo(1);
	}

	@Test
	void shouldRefuseATreatyOfAnotherId() {
		this.importer.loadBundled(this.bundled);
		assertThatThrownBy(() -> this.importer.importTreaty(
				CorpusFile.of("other.txt", "---\nid: other\ntitle: O\narticles_total: 2\n---\nArticle 1\nA.\n")))
			.isInstanceOf(ImportRejectedException.class)
			.hasMessageContaining("'russia-iran-2025'");
	}

	@Test
	void shouldImportAUsersDocumentAndLeaveItAloneOnTheNextLoad() {
		this.importer.loadBundled(this.bundled);
		DocumentMetadata metadata = new DocumentMetadata("my-notes", "My notes", null, null, null, null, null, null,
				null);
		Imported<SourceDocument> imported = this.importer.importDocument(metadata,
				CorpusFile.of("notes.txt", "On Article 3\nIt matters.\n"));
		assertThat(this.jobs.find(imported.job().id())).get()
			.satisfies((job) -> assertThat(job.action()).isEqualTo(CorpusJob.Action.LINK_DOCUMENT))
			.satisfies((job) -> assertThat(job.document()).isEqualTo("my-notes"))
			.satisfies((job) -> assertThat(job.state()).isEqualTo(CorpusJob.State.PENDING));
		assertThat(this.events.stream(CorpusChanged.class)).last()
			.isEqualTo(new CorpusChanged(false, Set.of("my-notes")));

		assertThat(this.importer.loadBundled(this.bundled)).isEmpty();
		assertThat(this.documents.findBySlug("my-notes")).get().satisfies((d) -> assertThat(d.isBundled()).isFalse());
		assertThatThrownBy(
				() -> this.importer.importDocument(metadata, CorpusFile.of("notes.txt", "Something else.\n")))
			.isInstanceOf(DocumentExistsException.class)
			.hasMessageContaining("already a document with the slug 'my-notes'");
	}

	@Test
	void shouldRefuseADocumentWithTheTreatysSlugAndATreatyWithADocumentsSlug() {
		this.importer.loadBundled(this.bundled);
		assertThatThrownBy(() -> this.importer.importDocument(
				new DocumentMetadata("russia-iran-2025", null, null, null, null, null, null, null, null),
				CorpusFile.of("notes.txt", "On Article 3.\n")))
			.isInstanceOf(DocumentExistsException.class)
			.hasMessage("'russia-iran-2025' is the treaty's slug; a document needs a slug of its own, choose another.");
		assertThat(this.documents.findBySlug("russia-iran-2025")).isEmpty();

		this.treaties.deleteAll();
		this.treaties.flush();
		assertThatThrownBy(() -> this.importer.importTreaty(CorpusFile.of("t.txt",
				"---\nid: crescent-jonkers\ntitle: T\narticles_total: 1\n---\nArticle 1\nOne.\n")))
			.isInstanceOf(DocumentExistsException.class)
			.hasMessageContaining("'crescent-jonkers' is already the slug of a document");
		assertThat(this.treaties.count()).isZero();
	}

}
