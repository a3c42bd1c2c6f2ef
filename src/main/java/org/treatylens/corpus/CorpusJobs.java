package org.treatylens.corpus;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.treatylens.system.SettledCorpus;

/**
 * The public door to the write path's queue. Whoever changes the corpus in a transaction
 * (an import, a curation edit or delete) asks here for the derived work in the same
 * transaction: the job row commits with the change or not at all, and the worker starts
 * on it once the transaction commits. Nothing here links or indexes; the one worker
 * thread does, job after job (see docs/decisions.md, "The write path").
 * <ul>
 * <li>{@link #documentChanged}: a document was added or its text replaced;</li>
 * <li>{@link #documentRemoved}: a document was deleted;</li>
 * <li>{@link #documentReviewed}: a link decision changed what a document's passages
 * discuss;</li>
 * <li>{@link #relinkAll} / {@link #reindexAll}: the whole corpus, on request or when the
 * rules or the treaty changed.</li>
 * </ul>
 */
@Service
public class CorpusJobs implements SettledCorpus {

	private final CorpusJobStore store;

	private final ObjectProvider<CorpusJobWorker> worker;

	CorpusJobs(CorpusJobStore store, ObjectProvider<CorpusJobWorker> worker) {
		this.store = store;
		this.worker = worker;
	}

	/** Link and index this document (new, or its passages replaced). */
	public CorpusJob documentChanged(String slug, String reason) {
		return add(CorpusJob.Action.LINK_DOCUMENT, slug, reason);
	}

	/** Drop this (already deleted) document from the links and the index. */
	public CorpusJob documentRemoved(String slug, String reason) {
		return add(CorpusJob.Action.UNLINK_DOCUMENT, slug, reason);
	}

	/**
	 * Index this document again (its links changed by a decision, its text did not), so
	 * the search's article facet follows without a full reindex. A job of the document
	 * that has not yet read it does for this change too. Call it in the change's
	 * transaction.
	 */
	public CorpusJob documentReviewed(String slug, String reason) {
		// decisions in a row (the review queue) share one job while it has not started
		return this.store.pendingIndexOf(slug).orElseGet(() -> add(CorpusJob.Action.REINDEX_DOCUMENT, slug, reason));
	}

	/**
	 * Link every document again, then rebuild the index; the old links are served
	 * meanwhile.
	 */
	public CorpusJob relinkAll(String reason) {
		return add(CorpusJob.Action.RELINK_ALL, null, reason);
	}

	/** Rebuild the index from the database; the old index is served meanwhile. */
	public CorpusJob reindexAll(String reason) {
		return add(CorpusJob.Action.REINDEX_ALL, null, reason);
	}

	public Optional<CorpusJob> find(long id) {
		return this.store.find(id);
	}

	/** The newest job that concerns this document, if any. */
	public Optional<CorpusJob> latestFor(String slug) {
		return this.store.latestFor(slug);
	}

	/** Whether a job of this action is pending or linked. */
	public boolean waiting(CorpusJob.Action action) {
		return this.store.waiting(action);
	}

	/** How many jobs are pending or linked (not yet searchable). */
	public long unfinished() {
		return this.store.unfinished();
	}

	@Override
	public OptionalLong settled() {
		Long generation = this.store.settledGeneration();
		return (generation != null) ? OptionalLong.of(generation) : OptionalLong.empty();
	}

	/** The newest jobs that gave up, newest first. */
	public List<CorpusJob> failed(int limit) {
		return this.store.failed(limit);
	}

	/** The newest job's id: the corpus generation that the database is at. */
	public long generation() {
		return this.store.lastId();
	}

	/** The newest searchable job's id: an index that holds less is behind. */
	public long searchableGeneration() {
		return this.store.lastSearchable();
	}

	private CorpusJob add(CorpusJob.Action action, String slug, String reason) {
		CorpusJob job = this.store.add(action, slug, reason);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wakeWorker();
				}
			});
		}
		else {
			wakeWorker();
		}
		return job;
	}

	private void wakeWorker() {
		this.worker.ifAvailable(CorpusJobWorker::wake);
	}

}
