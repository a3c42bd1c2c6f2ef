package org.treatylens.linking;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The machine's links nobody has judged yet, weakest first: where a person's eye is worth
 * most. One item per passage and article, with its strongest reason.
 */
@Service
class LinkReviewQueue {

	private final JdbcTemplate jdbc;

	LinkReviewQueue(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Item(long passageId, String document, String documentLabel, int ordinal, String text, int article,
			Integer paragraph, LinkKind kind, double score, String evidence) {

		public String scoreText() {
			return String.format(java.util.Locale.ROOT, "%.2f", this.score);
		}

	}

	@Transactional(readOnly = true)
	long size() {
		Long count = this.jdbc.queryForObject("""
				select count(*) from (select distinct l.passage_id, l.article_number from article_link l
				join passage p on p.id = l.passage_id join source_document d on d.id = p.document_id
				where not d.hidden and not exists (select 1 from link_judgment j
				  where j.passage_id = l.passage_id and j.article_number = l.article_number)) q
				""", Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * The next {@code limit} unjudged links, weakest first, leaving out the first
	 * {@code skip} (those the editor passed over).
	 */
	@Transactional(readOnly = true)
	List<Item> next(int skip, int limit) {
		// per passage and article the strongest reason (the kind order is the enum's)
		return this.jdbc
			.query("""
					select distinct on (l.passage_id, l.article_number) l.passage_id, d.slug, d.label, p.ordinal, p.text,
					       l.article_number, l.paragraph_number, l.kind, l.score, l.evidence, d.id as document_id
					from article_link l
					join passage p on p.id = l.passage_id
					join source_document d on d.id = p.document_id
					where not d.hidden and not exists (select 1 from link_judgment j
					  where j.passage_id = l.passage_id and j.article_number = l.article_number)
					order by l.passage_id, l.article_number, l.score desc
					""",
					(rs, i) -> new Item(rs.getLong("passage_id"), rs.getString("slug"), rs.getString("label"),
							rs.getInt("ordinal"), rs.getString("text"), rs.getInt("article_number"),
							(Integer) rs.getObject("paragraph_number"),
							LinkKind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
							rs.getDouble("score"), rs.getString("evidence")))
			.stream()
			.sorted(java.util.Comparator.comparingDouble(Item::score)
				.thenComparing(Item::passageId)
				.thenComparingInt(Item::article))
			.skip(skip)
			.limit(limit)
			.toList();
	}

}
