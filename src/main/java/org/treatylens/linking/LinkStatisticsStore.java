package org.treatylens.linking;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The snapshot of the commentary's term counts taken at the last full relink
 * ({@code link_statistics*}, migration V65), and the live corpus compared with it.
 */
@Repository
class LinkStatisticsStore {

	/** What the snapshot counted, without its terms. */
	record Snapshot(int rulesVersion, Instant takenAt, CorpusCounts totals) {
	}

	/** A document's counted passages and a hash of their text. */
	record Signature(int passages, String textHash) {
	}

	/**
	 * The counted text of every document (passages but boilerplate, in reading order),
	 * hashed; the same expression for the live corpus and the stored snapshot.
	 */
	private static final String SIGNATURES = "select document_id, count(*) as passages, "
			+ "md5(string_agg(text, chr(31) order by ordinal)) as text_hash from passage where kind <> 'BOILERPLATE' ";

	private static final int ROWS_A_STATEMENT = 20_000;

	private final JdbcTemplate jdbc;

	LinkStatisticsStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Snapshot> snapshot() {
		return this.jdbc
			.query("select rules_version, taken_at, texts, doc_count, sum_total_term_freq, sum_doc_freq "
					+ "from link_statistics where id = 1",
					(rs, n) -> new Snapshot(rs.getInt(1), rs.getTimestamp(2).toInstant(),
							new CorpusCounts(rs.getInt(3), rs.getInt(4), rs.getLong(5), rs.getLong(6), Map.of())))
			.stream()
			.findFirst();
	}

	/** The snapshot's totals with the counts of these terms (absent terms count 0). */
	CorpusCounts counts(Snapshot snapshot, Set<String> terms) {
		Map<String, Integer> docFreq = new HashMap<>();
		this.jdbc.query((connection) -> {
			var statement = connection
				.prepareStatement("select term, doc_freq from link_term_statistics where term = any(?)");
			Array array = connection.createArrayOf("text", terms.toArray());
			statement.setArray(1, array);
			return statement;
		}, (rs) -> {
			docFreq.put(rs.getString(1), rs.getInt(2));
		});
		CorpusCounts totals = snapshot.totals();
		return new CorpusCounts(totals.texts(), totals.docCount(), totals.sumTotalTermFreq(), totals.sumDocFreq(),
				docFreq);
	}

	/** The signature the snapshot holds for a document; empty if it did not count it. */
	Optional<Signature> counted(long documentId) {
		return this.jdbc
			.query("select passages, text_hash from link_statistics_document where document_id = ?",
					(rs, n) -> new Signature(rs.getInt(1), rs.getString(2)), documentId)
			.stream()
			.findFirst();
	}

	/** The document's counted text now; empty if it has none. */
	Optional<Signature> live(long documentId) {
		return this.jdbc
			.query(SIGNATURES + "and document_id = ? group by document_id",
					(rs, n) -> new Signature(rs.getInt(2), rs.getString(3)), documentId)
			.stream()
			.findFirst();
	}

	/** Every document's counted text now. */
	Map<Long, Signature> live() {
		Map<Long, Signature> signatures = new HashMap<>();
		this.jdbc.query(SIGNATURES + "group by document_id", (RowCallbackHandler) (rs) -> signatures.put(rs.getLong(1),
				new Signature(rs.getInt(2), rs.getString(3))));
		return signatures;
	}

	/** Every document the snapshot counted. */
	Map<Long, Signature> counted() {
		Map<Long, Signature> signatures = new HashMap<>();
		this.jdbc.query("select document_id, passages, text_hash from link_statistics_document",
				(RowCallbackHandler) (rs) -> signatures.put(rs.getLong(1),
						new Signature(rs.getInt(2), rs.getString(3))));
		return signatures;
	}

	/** Replaces the snapshot: totals, documents and every term's count. */
	void replace(CorpusCounts counts, Map<Long, Signature> documents, int rulesVersion) {
		this.jdbc.update("delete from link_term_statistics");
		this.jdbc.update("delete from link_statistics_document");
		this.jdbc.update("insert into link_statistics (id, rules_version, taken_at, texts, doc_count, "
				+ "sum_total_term_freq, sum_doc_freq) values (1, ?, ?, ?, ?, ?, ?) on conflict (id) do update set "
				+ "rules_version = excluded.rules_version, taken_at = excluded.taken_at, texts = excluded.texts, "
				+ "doc_count = excluded.doc_count, sum_total_term_freq = excluded.sum_total_term_freq, "
				+ "sum_doc_freq = excluded.sum_doc_freq", rulesVersion, Timestamp.from(Instant.now()), counts.texts(),
				counts.docCount(), counts.sumTotalTermFreq(), counts.sumDocFreq());
		List<Object[]> rows = new ArrayList<>();
		documents.forEach((id, s) -> rows.add(new Object[] { id, s.passages(), s.textHash() }));
		this.jdbc.batchUpdate(
				"insert into link_statistics_document (document_id, passages, text_hash) values (?, ?, ?)", rows);
		// many rows a statement: a large corpus has hundreds of thousands of terms
		List<String> terms = new ArrayList<>(counts.docFreq().keySet());
		for (int from = 0; from < terms.size(); from += ROWS_A_STATEMENT) {
			List<String> chunk = terms.subList(from, Math.min(terms.size(), from + ROWS_A_STATEMENT));
			Integer[] frequencies = chunk.stream().map(counts.docFreq()::get).toArray(Integer[]::new);
			this.jdbc.update((connection) -> {
				var statement = connection.prepareStatement(
						"insert into link_term_statistics (term, doc_freq) select * from unnest(?::text[], ?::int[])");
				statement.setArray(1, connection.createArrayOf("text", chunk.toArray()));
				statement.setArray(2, connection.createArrayOf("int4", frequencies));
				return statement;
			});
		}
	}

}
