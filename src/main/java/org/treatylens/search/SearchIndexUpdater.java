package org.treatylens.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.treatylens.corpus.CorpusJob;
import org.treatylens.corpus.CorpusJobStep;
import org.treatylens.corpus.CorpusJobs;

/**
 * The index stage of the corpus jobs: adds, replaces or removes one document's passages
 * ({@code updateDocument}/{@code deleteDocuments} by its slug), or rebuilds the whole
 * index from PostgreSQL when a job asks for it or the index needs it (missing, outdated,
 * damaged, or broken by a failed write). Each commit records the job's id, so a job is
 * marked searchable only once its Lucene commit is done, and at start-up an index that
 * holds less than the database says (or more: another database) gets a rebuild job.
 */
@Component
class SearchIndexUpdater implements CorpusJobStep, SmartLifecycle {

	/** With the links' rules check, before the job worker (phase 2) starts. */
	private static final int PHASE = 1;

	private static final Logger log = LoggerFactory.getLogger(SearchIndexUpdater.class);

	private final PassageIndex index;

	private final SearchCorpus corpus;

	private final CorpusJobs jobs;

	private final boolean rebuildAtStart;

	private volatile boolean running;

	SearchIndexUpdater(PassageIndex index, SearchCorpus corpus, CorpusJobs jobs,
			@Value("${treatylens.search.rebuild:false}") boolean rebuildAtStart) {
		this.index = index;
		this.corpus = corpus;
		this.jobs = jobs;
		this.rebuildAtStart = rebuildAtStart;
	}

	@Override
	public Stage stage() {
		return Stage.INDEX;
	}

	@Override
	public Result run(CorpusJob job) {
		if (job.document() == null || this.index.needsRebuild()) {
			rebuild(job.id(), (job.document() == null) ? job.action().name().toLowerCase(java.util.Locale.ROOT)
					: "the index must be rebuilt (" + describeNeed() + ")");
			return Result.EVERYTHING;
		}
		try {
			if (job.action() == CorpusJob.Action.UNLINK_DOCUMENT) {
				this.index.removeDocument(job.document(), job.id());
			}
			else {
				List<SearchablePassage> passages = this.corpus.readDocument(job.document());
				this.index.replaceDocument(job.document(), passages, this.corpus.storedVectors(passages), job.id());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the search index", ex);
		}
		return Result.THIS_JOB;
	}

	@Override
	public boolean needsRepair() {
		return this.index.needsRebuild();
	}

	@Override
	public void repair(long generation) {
		rebuild(generation, "repairing after " + describeNeed());
	}

	private String describeNeed() {
		return (this.index.broken() != null) ? "a failed write: " + this.index.broken() : "no complete index";
	}

	/**
	 * Reads every searchable passage from the database and replaces the index with them.
	 */
	private void rebuild(long generation, String reason) {
		long start = System.nanoTime();
		int[] count = new int[1];
		try {
			this.index.replaceAll((consumer) -> this.corpus.readInBatches((passages, vectors) -> {
				consumer.accept(passages, vectors);
				count[0] += passages.size();
			}), generation);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not rebuild the search index", ex);
		}
		log.info("Search index rebuilt ({}): {} passages and paragraphs in {} ms, generation {}", reason, count[0],
				(System.nanoTime() - start) / 1_000_000, generation);
	}

	/**
	 * An index that is missing, damaged or of another schema, that holds less than the
	 * jobs the database says are searchable (an older copy, a crash before the commit),
	 * or that names a job the database never had (another database) gets a rebuild job,
	 * unless a whole-corpus job is already waiting. Until it is done the old index (if
	 * there is one) is served.
	 */
	@Override
	public void start() {
		this.running = true;
		long held = this.index.generation();
		long searchable = this.jobs.searchableGeneration();
		long newest = this.jobs.generation();
		String reason = null;
		if (this.rebuildAtStart) {
			reason = "treatylens.search.rebuild=true";
		}
		else if (this.index.needsRebuild()) {
			reason = "the index was " + this.index.openedAs().name().toLowerCase(java.util.Locale.ROOT);
		}
		else if (held < searchable || held > newest) {
			reason = "the index holds corpus generation " + held + ", the database " + searchable + " to " + newest;
		}
		if (reason == null || this.jobs.waiting(CorpusJob.Action.RELINK_ALL)
				|| this.jobs.waiting(CorpusJob.Action.REINDEX_ALL)) {
			return;
		}
		log.info("Asking for a rebuild of the search index: {}", reason);
		this.jobs.reindexAll(reason);
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
