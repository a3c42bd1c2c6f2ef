package org.treatylens.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.SourceDocument;
import org.treatylens.commentary.SourceDocumentRepository;
import org.treatylens.treaty.Treaty;
import org.treatylens.treaty.TreatyRepository;

/**
 * Stores treaty texts and commentary documents, all or nothing: every file is parsed
 * before anything is written, and each call is one transaction that stores the new state
 * together with the {@link CorpusJobs job} that links and indexes it, and publishes
 * {@link CorpusChanged}. Nothing is linked or indexed here: the import answers as soon as
 * it is stored, and the job worker does the rest in the background.
 * <p>
 * Two imports of the same slug at once are serialised by a PostgreSQL advisory lock on
 * the slug, so the second sees the first's document and is refused with a conflict
 * instead of failing on the unique key.
 */
@Service
public class CorpusImporter {

	private static final Logger log = LoggerFactory.getLogger(CorpusImporter.class);

	private final TreatyRepository treaties;

	private final SourceDocumentRepository documents;

	private final ApplicationEventPublisher events;

	private final CorpusJobs jobs;

	private final JdbcTemplate jdbc;

	private final TreatyTextParser treatyParser;

	private final CommentaryTextParser commentaryParser;

	CorpusImporter(TreatyRepository treaties, SourceDocumentRepository documents, ApplicationEventPublisher events,
			CorpusJobs jobs, JdbcTemplate jdbc, CorpusLimits limits) {
		this.treatyParser = new TreatyTextParser(limits);
		this.commentaryParser = new CommentaryTextParser(limits);
		this.treaties = treaties;
		this.documents = documents;
		this.events = events;
		this.jobs = jobs;
		this.jdbc = jdbc;
	}

	/**
	 * Brings the stored corpus in step with the bundled one: a file whose SHA-256 (and,
	 * for a document, whose manifest metadata) is unchanged is skipped, a changed one
	 * replaced. What a user imported is left alone.
	 * @return what changed, empty when nothing did
	 */
	@Transactional
	Optional<CorpusChanged> loadBundled(BundledCorpus corpus) {
		List<Treaty> parsedTreaties = corpus.treaties().stream().map(this.treatyParser::parse).toList();
		List<SourceDocument> parsedDocuments = new ArrayList<>();
		for (BundledCorpus.Document document : corpus.documents()) {
			parsedDocuments.add(this.commentaryParser.parse(document.metadata(), document.file()));
		}
		boolean treatyChanged = false;
		for (Treaty treaty : parsedTreaties) {
			treatyChanged |= replaceBundledTreaty(treaty);
		}
		Set<String> changedSlugs = new TreeSet<>();
		for (SourceDocument document : parsedDocuments) {
			if (replaceBundledDocument(document)) {
				changedSlugs.add(document.getSlug());
			}
		}
		if (!treatyChanged && changedSlugs.isEmpty()) {
			return Optional.empty();
		}
		if (treatyChanged) {
			// every link depends on the treaty's text: one relink covers the documents
			// too
			this.jobs.relinkAll("the bundled treaty was loaded");
		}
		else {
			changedSlugs.forEach((slug) -> this.jobs.documentChanged(slug, "the bundled document was loaded"));
		}
		return Optional.of(publish(new CorpusChanged(treatyChanged, changedSlugs)));
	}

	/**
	 * Imports a treaty text uploaded by a user, replacing the stored treaty of the same
	 * {@code id} (the full official text replaces the partial one).
	 */
	@Transactional
	public Imported<Treaty> importTreaty(CorpusFile file) {
		return importTreaty(file, DocumentCurated.APP);
	}

	/**
	 * Imports a treaty text uploaded by {@code actor}; the history records, for each
	 * article whose text it changed, who did it.
	 */
	@Transactional
	public Imported<Treaty> importTreaty(CorpusFile file, String actor) {
		Treaty treaty = this.treatyParser.parse(file);
		lock("treaty");
		// a document import of this slug waits for the treaty, and the other way round
		lock("document:" + treaty.getSlug());
		if (this.documents.findBySlug(treaty.getSlug()).isPresent()) {
			throw DocumentExistsException.documentsSlug(treaty.getSlug());
		}
		Optional<Treaty> other = this.treaties.findFirstByOrderByIdAsc()
			.filter((stored) -> !stored.getSlug().equals(treaty.getSlug()));
		if (other.isPresent()) {
			throw new ImportRejectedException("TreatyLens presents one treaty, '" + other.get().getSlug()
					+ "', and the uploaded text is of '" + treaty.getSlug() + "'. To replace its text, give the file"
					+ " the header line 'id: " + other.get().getSlug() + "'.");
		}
		Optional<Treaty> previous = this.treaties.findBySlug(treaty.getSlug());
		List<Integer> changed = changedArticles(previous.orElse(null), treaty);
		previous.ifPresent(this::deleteTreaty);
		treaty.markImportedByUser();
		this.treaties.saveAndFlush(treaty);
		log.info("Imported the treaty '{}' from {} ({} of {} articles with text)", treaty.getSlug(), file.name(),
				treaty.presentArticleCount(), treaty.getArticlesTotal());
		this.events.publishEvent(new TreatyImported(actor, treaty.getSlug(), file.name(), changed));
		CorpusJob job = this.jobs.relinkAll("the treaty text was imported from " + file.name());
		publish(new CorpusChanged(true, Set.of()));
		return new Imported<>(treaty, job);
	}

	/**
	 * Imports a commentary document as the app itself (tests, tools); what a person
	 * uploads goes through {@link #importDocument(DocumentMetadata, CorpusFile, String)}
	 * with their name, so the history says who.
	 */
	@Transactional
	public Imported<SourceDocument> importDocument(DocumentMetadata metadata, CorpusFile file) {
		return importDocument(metadata, file, DocumentCurated.APP);
	}

	/**
	 * Imports a commentary document uploaded by {@code actor}. Its slug must be new.
	 */
	@Transactional
	public Imported<SourceDocument> importDocument(DocumentMetadata metadata, CorpusFile file, String actor) {
		SourceDocument document = this.commentaryParser.parse(metadata, file);
		lock("document:" + metadata.slug());
		if (this.documents.findBySlug(metadata.slug()).isPresent()) {
			throw new DocumentExistsException(metadata.slug());
		}
		if (this.treaties.findBySlug(metadata.slug()).isPresent()) {
			throw DocumentExistsException.treatysSlug(metadata.slug());
		}
		document.markImportedByUser();
		this.documents.saveAndFlush(document);
		log.info("Imported the document '{}' from {} ({} passages)", metadata.slug(), file.name(),
				document.getPassages().size());
		this.events.publishEvent(new DocumentCurated(actor, "imported", metadata.slug(),
				"Imported \u201c" + document.getLabel() + "\u201d from " + file.name() + " ("
						+ document.getPassages().size() + " passages)",
				Map.of("metadata", DocumentCuration.metadataMap(document.metadata()), "fileName", file.name(),
						"passages", document.getPassages().size())));
		CorpusJob job = this.jobs.documentChanged(metadata.slug(), "imported from " + file.name());
		publish(new CorpusChanged(false, Set.of(metadata.slug())));
		return new Imported<>(document, job);
	}

	/** The articles whose text differs between two versions of the treaty. */
	private static List<Integer> changedArticles(Treaty before, Treaty after) {
		int last = Math.max(after.getArticlesTotal(), (before != null) ? before.getArticlesTotal() : 0);
		List<Integer> changed = new ArrayList<>();
		for (int number = 1; number <= last; number++) {
			if (!text(before, number).equals(text(after, number))) {
				changed.add(number);
			}
		}
		return changed;
	}

	private static List<String> text(Treaty treaty, int number) {
		if (treaty == null) {
			return List.of();
		}
		return treaty.article(number)
			.map((article) -> article.getParagraphs().stream().map((p) -> p.getText()).toList())
			.orElse(List.of());
	}

	/**
	 * Holds a transaction-scoped advisory lock on this name: an import waits here for
	 * another one of the same name to commit or roll back, then sees what it stored.
	 */
	private void lock(String name) {
		this.jdbc.query("select pg_advisory_xact_lock(hashtext(?))", (rs) -> {
		}, "treatylens.corpus." + name);
	}

	private boolean replaceBundledTreaty(Treaty treaty) {
		Optional<Treaty> stored = this.treaties.findBySlug(treaty.getSlug());
		if (stored.isPresent()) {
			if (!stored.get().isBundled()) {
				log.info("Keeping the treaty '{}' imported by a user instead of the bundled text", treaty.getSlug());
				return false;
			}
			if (stored.get().getSha256().equals(treaty.getSha256())) {
				return false;
			}
			deleteTreaty(stored.get());
		}
		this.treaties.saveAndFlush(treaty);
		log.info("Loaded the treaty '{}' from {}", treaty.getSlug(), treaty.getFileName());
		return true;
	}

	private boolean replaceBundledDocument(SourceDocument document) {
		Optional<SourceDocument> stored = this.documents.findBySlug(document.getSlug());
		if (stored.isPresent()) {
			if (!stored.get().isBundled()) {
				log.warn("The bundled document '{}' has the slug of a document a user imported; keeping the user's",
						document.getSlug());
				return false;
			}
			SourceDocument current = stored.get();
			if (current.getSha256().equals(document.getSha256()) && current.metadata().equals(document.metadata())) {
				return false;
			}
			// in place, like an editor's new version: unchanged passages keep their ids
			// (and the link decisions made on them), and a hidden document stays hidden
			current.updateMetadata(document.metadata());
			current.replaceText(document);
			this.documents.saveAndFlush(current);
			log.info("Reloaded the document '{}' from {} ({} passages)", document.getSlug(), document.getFileName(),
					document.getPassages().size());
			recordLoad(current, "Reloaded the bundled document \u201c" + current.getLabel() + "\u201d from "
					+ document.getFileName() + " (version " + current.getVersion() + ")");
			return true;
		}
		this.documents.saveAndFlush(document);
		log.info("Loaded the document '{}' from {} ({} passages)", document.getSlug(), document.getFileName(),
				document.getPassages().size());
		recordLoad(document, "Loaded the bundled document \u201c" + document.getLabel() + "\u201d from "
				+ document.getFileName() + " (" + document.getPassages().size() + " passages)");
		return true;
	}

	private void recordLoad(SourceDocument document, String summary) {
		this.events.publishEvent(new DocumentCurated(DocumentCurated.APP, "loaded", document.getSlug(), summary,
				Map.of("metadata", DocumentCuration.metadataMap(document.metadata()), "fileName",
						document.getFileName(), "passages", document.getPassages().size())));
	}

	private void deleteTreaty(Treaty treaty) {
		this.treaties.delete(treaty);
		this.treaties.flush();
	}

	private CorpusChanged publish(CorpusChanged change) {
		this.events.publishEvent(change);
		return change;
	}

}
