package org.treatylens.corpus;

import java.time.Instant;

/**
 * A job as the editor sees it (JSON and pages): pending → linked → searchable, or failed
 * with its error.
 *
 * @param id the job's id
 * @param action what it does ({@code link_document}, {@code unlink_document},
 * {@code relink_all}, {@code reindex_all})
 * @param document the document's slug, or null for a whole-corpus job
 * @param state {@code pending}, {@code linked}, {@code searchable} or {@code failed}
 * @param attempts failed attempts so far
 * @param error the last failure, or null
 * @param createdAt when it was asked for
 * @param linkedAt when its links were stored
 * @param finishedAt when it became searchable or failed
 * @param link where to follow it
 */
public record JobStatus(long id, String action, String document, String state, int attempts, String error,
		Instant createdAt, Instant linkedAt, Instant finishedAt, String link) {

	public static JobStatus of(CorpusJob job) {
		return new JobStatus(job.id(), job.action().name().toLowerCase(java.util.Locale.ROOT), job.document(),
				job.state().code(), job.attempts(), job.error(), job.createdAt(), job.linkedAt(), job.finishedAt(),
				"/api/import/jobs/" + job.id());
	}

	/** One sentence for a page: "Job 12 is pending: …". */
	public String sentence() {
		String what = switch (this.state) {
			case "pending" -> "is pending: the document is stored and will be linked and indexed in a moment";
			case "linked" -> "is linked; it is being added to the search index";
			case "searchable" -> "is done: linked and searchable";
			default -> "failed: " + this.error;
		};
		return "Job " + this.id + " " + what + ".";
	}

}
