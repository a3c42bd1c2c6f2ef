package org.treatylens.corpus;

import java.time.Instant;
import java.util.Locale;

/**
 * One unit of derived work on the corpus (links, search index), as stored in
 * {@code corpus_job}.
 *
 * @param id the job's id; also the corpus generation the search index records once it
 * holds the job's work
 * @param action what to do
 * @param document the slug of the document of a per-document action, else null
 * @param state how far it got
 * @param attempts failed attempts so far
 * @param error the last failure's message, or null
 * @param reason why the job was asked for
 * @param createdAt when it was asked for
 * @param linkedAt when its links were stored, or null
 * @param finishedAt when it became searchable or finally failed, or null
 */
public record CorpusJob(long id, Action action, String document, State state, int attempts, String error, String reason,
		Instant createdAt, Instant linkedAt, Instant finishedAt) {

	/** What a job does. */
	public enum Action {

		/** A document was added or its text changed: link it, then index it. */
		LINK_DOCUMENT,
		/**
		 * A document was removed: drop its links (if any are left) and its index entries.
		 */
		UNLINK_DOCUMENT,
		/**
		 * What a document's passages discuss changed without its text (a link decision):
		 * index it again; its links stand.
		 */
		REINDEX_DOCUMENT,
		/**
		 * Link every document again (rules or treaty changed), then rebuild the index.
		 */
		RELINK_ALL,
		/** Rebuild the search index from the database; links stand. */
		REINDEX_ALL;

		/** Whether the job's first stage (linking) has anything to do. */
		public boolean links() {
			return this != REINDEX_ALL && this != REINDEX_DOCUMENT;
		}

	}

	/** Where a job is: pending → linked → searchable, or failed. */
	public enum State {

		PENDING, LINKED, SEARCHABLE, FAILED;

		/** Lower case, as the API and pages show it. */
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		public boolean finished() {
			return this == SEARCHABLE || this == FAILED;
		}

	}

	/** Whether nothing more will happen to this job. */
	public boolean finished() {
		return this.state.finished();
	}

}
