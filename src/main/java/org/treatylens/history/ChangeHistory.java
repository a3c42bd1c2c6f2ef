package org.treatylens.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatylens.corpus.DocumentCurated;
import org.treatylens.corpus.TreatyImported;
import org.treatylens.linking.LinkJudged;

/**
 * Records every change in the change's own transaction (the listeners run inside it), so
 * a change and its record land together or not at all; reads the record back per document
 * and per article, newest first.
 */
@Service
public class ChangeHistory {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final RowMapper<Change> CHANGE = (rs, i) -> new Change(rs.getLong("id"),
			rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor"), rs.getString("action"),
			rs.getString("document_slug"), (Integer) rs.getObject("article_number"), rs.getString("summary"),
			rs.getString("details"));

	private final JdbcTemplate jdbc;

	ChangeHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(DocumentCurated change) {
		record(change.actor(), change.action(), change.slug(), null, change.summary(), change.details());
	}

	/** One record for each article whose text the import changed, in its history. */
	@EventListener
	void on(TreatyImported imported) {
		for (int article : imported.changedArticles()) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("treaty", imported.treaty());
			details.put("fileName", imported.fileName());
			record(imported.actor(), "treaty-imported", null, article, "Imported the treaty text from "
					+ imported.fileName() + ": the text of Article " + article + " changed", details);
		}
	}

	@EventListener
	void on(LinkJudged judged) {
		String verb = switch (judged.verdict()) {
			case "accept" -> "Accepted";
			case "reject" -> "Rejected";
			default -> "Added";
		};
		String summary = verb + " the link from passage " + judged.ordinal() + " (line " + judged.line() + ") to "
				+ judged.target() + ((judged.previous() != null) ? " (was: " + judged.previous() + ")" : "")
				+ ((judged.note() != null) ? ": \u201c" + judged.note() + "\u201d" : "");
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("passageId", judged.passageId());
		details.put("line", judged.line());
		details.put("ordinal", judged.ordinal());
		details.put("snippet", judged.snippet());
		details.put("article", judged.article());
		details.put("paragraph", judged.paragraph());
		details.put("verdict", judged.verdict());
		details.put("previous", judged.previous());
		details.put("note", judged.note());
		record(judged.actor(), judged.verdict(), judged.document(), judged.article(), summary, details);
	}

	private void record(String actor, String action, String document, Integer article, String summary,
			Map<String, Object> details) {
		this.jdbc.update("""
				insert into change_record (recorded_at, actor, action, document_slug, article_number, summary, details)
				values (?, ?, ?, ?, ?, ?, ?::jsonb)
				""", Timestamp.from(Instant.now()), actor, action, document, article, summary,
				JSON.writeValueAsString(details));
	}

	@Transactional(readOnly = true)
	List<Change> forDocument(String slug) {
		return this.jdbc.query("select * from change_record where document_slug = ? order by recorded_at desc, id desc",
				CHANGE, slug);
	}

	@Transactional(readOnly = true)
	List<Change> forArticle(int article) {
		return this.jdbc.query(
				"select * from change_record where article_number = ? order by recorded_at desc, id desc", CHANGE,
				article);
	}

}
