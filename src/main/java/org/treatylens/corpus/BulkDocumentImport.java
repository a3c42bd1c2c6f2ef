package org.treatylens.corpus;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.SourceDocument;
import org.treatylens.commentary.SourceDocumentRepository;
import org.treatylens.treaty.TreatyRepository;

/**
 * Stores many commentary documents at once (a migration from another system, a
 * benchmark's corpus): each is parsed and stored exactly as an import stores it, in
 * transactions of {@value #DOCUMENTS_PER_TRANSACTION} documents, and one full relink job
 * is queued with the last of them. Importing them one by one would queue one job per
 * document and commit the index that many times.
 * <p>
 * The documents stored by earlier transactions are readable before the last one commits
 * but are linked and searchable only once the relink job has run.
 */
@Service
public class BulkDocumentImport {

	/**
	 * Documents stored per transaction: bounds the persistence context (about 40 passages
	 * a document) and what a failure rolls back.
	 */
	static final int DOCUMENTS_PER_TRANSACTION = 100;

	private static final Logger log = LoggerFactory.getLogger(BulkDocumentImport.class);

	private final SourceDocumentRepository documents;

	private final CorpusJobs jobs;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final CommentaryTextParser parser;

	private final TreatyRepository treaties;

	BulkDocumentImport(SourceDocumentRepository documents, TreatyRepository treaties, CorpusJobs jobs,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, CorpusLimits limits) {
		this.parser = new CommentaryTextParser(limits);
		this.treaties = treaties;
		this.documents = documents;
		this.jobs = jobs;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** One document to store: its metadata and its text. */
	public record Upload(DocumentMetadata metadata, CorpusFile file) {
	}

	/**
	 * What was stored: the number of documents and passages, and the relink job that
	 * links and indexes them (null when there was nothing to store).
	 */
	public record Result(int documents, int passages, CorpusJob job) {
	}

	/**
	 * Stores every upload (all slugs must be new) and queues one full relink with the
	 * last transaction. A failure stops at the transaction it happened in: what the
	 * earlier ones stored stays, and is linked by the next relink.
	 */
	public Result importAll(Iterator<Upload> uploads, String actor) {
		return run(uploads, actor, true);
	}

	/**
	 * Stores every upload (all slugs must be new) and queues nothing: for a load in
	 * several parts, or one whose derived data (stored vectors) is put in place before
	 * linking. The documents are unlinked and unsearchable until the caller asks for a
	 * full relink ({@link CorpusJobs#relinkAll}); a crash before that leaves them so.
	 */
	public Result storeAll(Iterator<Upload> uploads, String actor) {
		return run(uploads, actor, false);
	}

	private Result run(Iterator<Upload> uploads, String actor, boolean relink) {
		int storedDocuments = 0;
		int storedPassages = 0;
		CorpusJob job = null;
		while (uploads.hasNext()) {
			List<Upload> chunk = new ArrayList<>(DOCUMENTS_PER_TRANSACTION);
			while (uploads.hasNext() && chunk.size() < DOCUMENTS_PER_TRANSACTION) {
				chunk.add(uploads.next());
			}
			boolean last = relink && !uploads.hasNext();
			int before = storedDocuments;
			Stored stored = this.transactions.execute((status) -> store(chunk, actor, last, before));
			storedDocuments += stored.documents();
			storedPassages += stored.passages();
			if (stored.job() != null) {
				job = stored.job();
			}
		}
		log.info("Bulk import: stored {} documents ({} passages); relink job {}", storedDocuments, storedPassages,
				(job != null) ? job.id() : "none asked for");
		return new Result(storedDocuments, storedPassages, job);
	}

	private record Stored(int documents, int passages, CorpusJob job) {
	}

	private Stored store(List<Upload> chunk, String actor, boolean last, int before) {
		Set<String> slugs = new LinkedHashSet<>();
		int passages = 0;
		// every document of the batch is parsed (and checked against the limits) before
		// any is stored
		List<SourceDocument> parsed = chunk.stream().map((u) -> this.parser.parse(u.metadata(), u.file())).toList();
		for (int i = 0; i < chunk.size(); i++) {
			Upload upload = chunk.get(i);
			SourceDocument document = parsed.get(i);
			String slug = upload.metadata().slug();
			if (!slugs.add(slug) || this.documents.findBySlug(slug).isPresent()) {
				throw new DocumentExistsException(slug);
			}
			if (this.treaties.findBySlug(slug).isPresent()) {
				throw DocumentExistsException.treatysSlug(slug);
			}
			document.markImportedByUser();
			this.documents.save(document);
			passages += document.getPassages().size();
			this.events.publishEvent(new DocumentCurated(actor, "imported", slug,
					"Imported \u201c" + document.getLabel() + "\u201d from " + upload.file().name() + " (bulk, "
							+ document.getPassages().size() + " passages)",
					Map.of("metadata", DocumentCuration.metadataMap(document.metadata()), "fileName",
							upload.file().name(), "passages", document.getPassages().size())));
		}
		this.documents.flush();
		// what pages keep of the source list is dropped when this batch commits
		this.events.publishEvent(new CorpusChanged(false, slugs));
		CorpusJob job = last ? this.jobs.relinkAll("bulk import of " + (before + chunk.size()) + " documents") : null;
		this.events.publishEvent(new CorpusChanged(false, slugs));
		return new Stored(chunk.size(), passages, job);
	}

}
