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
 * Replaces all stored links and external references at once (they are derived data).
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
		this.jdbc.update("delete from article_link");
		this.jdbc.update("delete from passage_external_reference");
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
		this.jdbc.update("insert into link_computation (id, rules_version) values (1, ?) "
				+ "on conflict (id) do update set rules_version = excluded.rules_version", rulesVersion);
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
