package org.treatylens.linking;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * An article's linked passages read a page at a time: the ranking (strongest reason's
 * kind, its score, the document, the passage's place) is computed by PostgreSQL, which
 * returns only the rows of the page or of each source's strongest few, with all their
 * reasons; counts per source come from one grouped query. What a request reads no longer
 * grows with how much the corpus says about the article.
 */
final class ArticleLinkPages {

	/** The kinds' order ({@link LinkKind} is strongest first) as a SQL expression. */
	private static final String KIND_RANK = Arrays.stream(LinkKind.values())
		.map((k) -> "when '" + k.code() + "' then " + k.ordinal())
		.collect(Collectors.joining(" ", "case l.kind ", " end"));

	/**
	 * Each linked passage of the article once (visible documents only), with its
	 * strongest reason's rank and score, and whether any reason names paragraph
	 * {@code ?}.
	 */
	private static final String BEST = """
			with links as (
			    select l.passage_id, l.paragraph_number, l.score, p.document_id, d.slug, p.ordinal,
			           %s as rank
			    from reviewed_article_link l
			    join passage p on p.id = l.passage_id
			    join source_document d on d.id = p.document_id
			    where l.article_number = ? and not d.hidden
			), best as (
			    select passage_id, document_id, slug, ordinal, min(rank) as rank,
			           (array_agg(score order by rank, score desc))[1] as score,
			           coalesce(bool_or(paragraph_number = ?::int), false) as on_paragraph
			    from links group by passage_id, document_id, slug, ordinal
			)
			""".formatted(KIND_RANK);

	/** The chosen passages' text and every reason, in the ranking's order. */
	private static final String ROWS = """
			select c.passage_id, d.slug, d.label, p.ordinal, p.text, l.kind, l.paragraph_number, l.score,
			       l.evidence, l.confirmed
			from chosen c
			join reviewed_article_link l on l.passage_id = c.passage_id and l.article_number = ?
			join passage p on p.id = c.passage_id
			join source_document d on d.id = p.document_id
			order by c.rank, c.score desc, c.document_id, c.ordinal, c.passage_id
			""";

	private final JdbcTemplate jdbc;

	ArticleLinkPages(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per source with passages on the article: how many, and how many on the paragraph.
	 */
	List<ArticleLinks.SourceCount> counts(int article, Integer paragraph) {
		// no ranking needed to count: distinct passages per document
		return this.jdbc.query("""
				select d.slug, count(distinct l.passage_id),
				       count(distinct l.passage_id) filter (where l.paragraph_number = ?::int)
				from reviewed_article_link l
				join passage p on p.id = l.passage_id
				join source_document d on d.id = p.document_id
				where l.article_number = ? and not d.hidden
				group by d.id, d.slug order by d.id
				""", (rs, i) -> new ArticleLinks.SourceCount(rs.getString(1), rs.getInt(2), rs.getInt(3)),
				number(paragraph), article);
	}

	/** The passages ranked {@code offset + 1} to {@code offset + limit}. */
	List<LinkedPassage> page(int article, int offset, int limit) {
		return read(BEST + """
				, chosen as (
				    select * from best order by rank, score desc, document_id, ordinal, passage_id
				    limit ? offset ?
				)
				""" + ROWS, article, number(null), limit, offset, article);
	}

	/**
	 * Each source's strongest passages (those on {@code paragraph} only, when given): at
	 * most {@code limits.get(slug)} of a listed source, {@code otherwise} of any other.
	 */
	List<LinkedPassage> strongest(int article, Integer paragraph, Map<String, Integer> limits, int otherwise) {
		String[] slugs = limits.keySet().toArray(String[]::new);
		Integer[] sizes = limits.values().toArray(Integer[]::new);
		return read(BEST + """
				, numbered as (
				    select b.*, row_number() over (partition by document_id
				                                   order by rank, score desc, ordinal, passage_id) as n
				    from best b where ?::int is null or on_paragraph
				), chosen as (
				    select n.* from numbered n
				    left join unnest(?::text[], ?::int[]) as lim(slug, size) on lim.slug = n.slug
				    where n.n <= coalesce(lim.size, ?)
				)
				""" + ROWS, article, number(paragraph), number(paragraph), slugs, sizes, otherwise, article);
	}

	/** A paragraph number, or a null the driver knows to be an integer. */
	private static SqlParameterValue number(Integer paragraph) {
		return new SqlParameterValue(Types.INTEGER, paragraph);
	}

	private List<LinkedPassage> read(String sql, Object... args) {
		Map<Long, List<StoredArticleLinks.Row>> byPassage = new LinkedHashMap<>();
		this.jdbc.query(sql, (rs) -> {
			StoredArticleLinks.Row row = new StoredArticleLinks.Row(rs.getLong("passage_id"), rs.getString("slug"),
					rs.getString("label"), 0, rs.getInt("ordinal"), rs.getString("text"),
					new LinkReason(LinkKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
							(Integer) rs.getObject("paragraph_number"), rs.getDouble("score"),
							rs.getString("evidence")),
					rs.getBoolean("confirmed"));
			byPassage.computeIfAbsent(row.passageId(), (id) -> new ArrayList<>()).add(row);
		}, args);
		return byPassage.values().stream().map(StoredArticleLinks::passage).toList();
	}

}
