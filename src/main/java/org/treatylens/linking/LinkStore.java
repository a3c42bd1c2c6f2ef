package org.treatylens.linking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Replaces stored links and external references (derived data): one document's, or all at
 * once. Each write first takes a transaction-scoped advisory lock, so that two writers
 * (the job worker and a test or tool calling in) never interleave their delete and insert
 * on the same rows, which is how {@code passage_external_reference} once met duplicate
 * keys.
 */
@Repository
class LinkStore {

	private final JdbcTemplate jdbc;

	LinkStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Replaces the links and references, and records which version of the rules computed
	 * them.
	 */
	void replaceAll(List<FoundLink> links, Map<Long, List<String>> externalReferences, int rulesVersion) {
		lock();
		this.jdbc.update("delete from article_link");
		this.jdbc.update("delete from passage_external_reference");
		insert(links, externalReferences);
		this.jdbc.update("insert into link_computation (id, rules_version) values (1, ?) "
				+ "on conflict (id) do update set rules_version = excluded.rules_version", rulesVersion);
	}

	/**
	 * Replaces the links and references of one document's passages; no other row changes.
	 */
	void replaceForDocument(long documentId, List<FoundLink> links, Map<Long, List<String>> externalReferences) {
		lock();
		this.jdbc.update("delete from article_link where passage_id in (select id from passage where document_id = ?)",
				documentId);
		this.jdbc.update("delete from passage_external_reference "
				+ "where passage_id in (select id from passage where document_id = ?)", documentId);
		insert(links, externalReferences);
	}

	private void lock() {
		this.jdbc.query("select pg_advisory_xact_lock(hashtext('treatylens.links'))", (rs) -> {
		});
	}

	private void insert(List<FoundLink> links, Map<Long, List<String>> externalReferences) {
		List<Object[]> rows = new ArrayList<>();
		for (FoundLink link : distinct(links)) {
			rows.add(new Object[] { link.passageId(), link.article(), link.paragraph(), link.kind().code(),
					link.score(), link.evidence() });
		}
		this.jdbc.batchUpdate("insert into article_link (passage_id, article_number, paragraph_number, kind, score, "
				+ "evidence) values (?, ?, ?, ?, ?, ?)", rows);
		List<Object[]> references = new ArrayList<>();
		externalReferences.forEach((passage, texts) -> {
			for (int i = 0; i < texts.size(); i++) {
				references.add(new Object[] { passage, i, texts.get(i) });
			}
		});
		this.jdbc.batchUpdate(
				"insert into passage_external_reference (passage_id, position, reference) values (?, ?, ?)",
				references);
	}

	/** The version of the rules that computed the stored links; empty if none did. */
	Optional<Integer> rulesVersion() {
		return this.jdbc.queryForList("select rules_version from link_computation where id = 1", Integer.class)
			.stream()
			.findFirst();
	}

	/**
	 * One row per passage, article, kind and paragraph: the best-scored one ("Article 19
	 * ... Article 19" in one passage is one citation).
	 */
	private static List<FoundLink> distinct(List<FoundLink> links) {
		Map<List<Object>, FoundLink> best = new LinkedHashMap<>();
		for (FoundLink link : links) {
			List<Object> key = java.util.Arrays.asList(link.passageId(), link.article(), link.kind(),
					Objects.requireNonNullElse(link.paragraph(), 0));
			best.merge(key, link, (a, b) -> (b.score() > a.score()) ? b : a);
		}
		return new ArrayList<>(best.values());
	}

}
