package org.treatylens.corpus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code corpus_job} table. Every update is one statement, so the worker's
 * bookkeeping never holds a transaction open around the work itself.
 */
@Repository
class CorpusJobStore {

	private static final String COLUMNS = "id, action, document_slug, state, attempts, error, reason, created_at, "
			+ "linked_at, finished_at";

	private final JdbcTemplate jdbc;

	CorpusJobStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a pending job (in the caller's transaction, if there is one). */
	CorpusJob add(CorpusJob.Action action, String document, String reason) {
		return this.jdbc.queryForObject(
				"insert into corpus_job (action, document_slug, reason) values (?, ?, ?) " + "returning " + COLUMNS,
				CorpusJobStore::job, action.name(), document, reason);
	}

	/**
	 * A job of this document that will index it and has not started reading it: pending
	 * (the worker marks a job linked before its index stage reads the database). The row
	 * stays locked until the caller's transaction ends, so the worker cannot start that
	 * read before the caller's change is committed.
	 */
	Optional<CorpusJob> pendingIndexOf(String document) {
		return this.jdbc
			.query("select " + COLUMNS + " from corpus_job where document_slug = ? and state = 'PENDING' "
					+ "and action in ('LINK_DOCUMENT', 'REINDEX_DOCUMENT') order by id limit 1 for update",
					CorpusJobStore::job, document)
			.stream()
			.findFirst();
	}

	Optional<CorpusJob> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from corpus_job where id = ?", CorpusJobStore::job, id)
			.stream()
			.findFirst();
	}

	/**
	 * The newest job that concerns this document (its own or a whole-corpus one after
	 * it).
	 */
	Optional<CorpusJob> latestFor(String document) {
		return this.jdbc
			.query("select " + COLUMNS + " from corpus_job where document_slug = ? "
					+ "or (document_slug is null and action = 'RELINK_ALL' and id > coalesce((select max(id) "
					+ "from corpus_job where document_slug = ?), 0)) order by id desc limit 1", CorpusJobStore::job,
					document, document)
			.stream()
			.findFirst();
	}

	/** The oldest unfinished job and when it may run. */
	Optional<Next> next() {
		return this.jdbc
			.query("select " + COLUMNS + ", next_attempt_at from corpus_job where state in ('PENDING', 'LINKED') "
					+ "order by id limit 1", (rs, i) -> new Next(job(rs, i), instant(rs, "next_attempt_at")))
			.stream()
			.findFirst();
	}

	record Next(CorpusJob job, Instant notBefore) {
	}

	boolean waiting(CorpusJob.Action action) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from corpus_job where state in ('PENDING', 'LINKED') and action = ?)",
				Boolean.class, action.name()));
	}

	long unfinished() {
		return this.jdbc.queryForObject("select count(*) from corpus_job where state in ('PENDING', 'LINKED')",
				Long.class);
	}

	/** How many jobs gave up. */
	long failedCount() {
		return this.jdbc.queryForObject("select count(*) from corpus_job where state = 'FAILED'", Long.class);
	}

	/** Jobs that gave up, newest first. */
	List<CorpusJob> failed(int limit) {
		return this.jdbc.query("select " + COLUMNS + " from corpus_job where state = 'FAILED' order by id desc limit ?",
				CorpusJobStore::job, limit);
	}

	/** The newest job, if any: the corpus generation the database is at. */
	long lastId() {
		return this.jdbc.queryForObject("select coalesce(max(id), 0) from corpus_job", Long.class);
	}

	/**
	 * The newest job's id when no job is waiting or under way, else null: in one
	 * statement, so the two cannot disagree.
	 */
	Long settledGeneration() {
		return this.jdbc.queryForObject(
				"select case when exists (select 1 from corpus_job where state in "
						+ "('PENDING', 'LINKED')) then null else (select coalesce(max(id), 0) from corpus_job) end",
				Long.class);
	}

	/** The newest job the search index must hold (searchable). */
	long lastSearchable() {
		return this.jdbc.queryForObject("select coalesce(max(id), 0) from corpus_job where state = 'SEARCHABLE'",
				Long.class);
	}

	/** The newest job whose links are stored (the generation a rebuilt index holds). */
	long lastLinked() {
		return this.jdbc.queryForObject(
				"select coalesce(max(id), 0) from corpus_job where linked_at is not null or action = 'REINDEX_ALL'",
				Long.class);
	}

	/** The oldest unfinished job's age, for the health check; empty when none waits. */
	Optional<Duration> oldestUnfinishedAge() {
		return this.jdbc
			.query("select created_at from corpus_job where state in ('PENDING', 'LINKED') order by id limit 1",
					(rs, i) -> instant(rs, "created_at"))
			.stream()
			.findFirst()
			.map((created) -> Duration.between(created, Instant.now()));
	}

	void markLinked(long id) {
		this.jdbc.update("update corpus_job set state = 'LINKED', linked_at = now() where id = ? and state = 'PENDING'",
				id);
	}

	void markSearchable(long id) {
		this.jdbc.update("update corpus_job set state = 'SEARCHABLE', finished_at = now() where id = ?", id);
	}

	/**
	 * After a rebuild of the index from the database at {@code generation}: every job up
	 * to it whose links were stored is now searchable, also one that failed only at the
	 * index.
	 */
	int markSearchableUpTo(long generation) {
		return this.jdbc.update("update corpus_job set state = 'SEARCHABLE', finished_at = now() "
				+ "where id <= ? and state in ('LINKED', 'FAILED') and linked_at is not null", generation);
	}

	/** Records a failed attempt: the job waits {@code retryIn}, or gives up when null. */
	void recordFailure(long id, String error, Duration retryIn) {
		if (retryIn == null) {
			this.jdbc.update("update corpus_job set attempts = attempts + 1, error = ?, state = 'FAILED', "
					+ "finished_at = now() where id = ?", error, id);
		}
		else {
			this.jdbc.update(
					"update corpus_job set attempts = attempts + 1, error = ?, "
							+ "next_attempt_at = now() + (? * interval '1 millisecond') where id = ?",
					error, retryIn.toMillis(), id);
		}
	}

	private static CorpusJob job(ResultSet rs, int row) throws SQLException {
		return new CorpusJob(rs.getLong("id"), CorpusJob.Action.valueOf(rs.getString("action")),
				rs.getString("document_slug"), CorpusJob.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
				rs.getString("error"), rs.getString("reason"), instant(rs, "created_at"), instant(rs, "linked_at"),
				instant(rs, "finished_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
