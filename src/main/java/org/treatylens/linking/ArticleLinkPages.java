package org.treatylens.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.treatylens.system.KeyedReadCache;

/**
 * An article's linked passages read a page at a time. The ranking (strongest reason's
 * kind, its score, the document, the passage's place) is read once per article by
 * PostgreSQL's grouping of the article's links and kept in memory
 * ({@link ArticleRanking}, a few numbers a passage) until the links, a judgment or the
 * sources change; counts per source, a page, or each source's strongest few are cut from
 * it, and only the rows chosen are read with their text and reasons. What a request reads
 * no longer grows with how much the corpus says about the article.
 */
final class ArticleLinkPages {

	/** The kinds' order ({@link LinkKind} is strongest first) as a SQL expression. */
	private static final String KIND_RANK = Arrays.stream(LinkKind.values())
		.map((k) -> "when '" + k.code() + "' then " + k.ordinal())
		.collect(Collectors.joining(" ", "case l.kind ", " end"));

	/**
	 * Each linked passage of the article once (visible documents only), with its
	 * strongest reason's rank and score and the paragraphs its reasons name, in the
	 * pages' order.
	 */
	private static final String RANKING = """
			with links as (
			    select l.passage_id, l.paragraph_number, l.score, p.document_id, d.slug, p.ordinal,
			           %s as rank
			    from reviewed_article_link l
			    join passage p on p.id = l.passage_id
			    join source_document d on d.id = p.document_id
			    where l.article_number = ? and not d.hidden
			)
			select passage_id, document_id, slug, ordinal, min(rank) as rank,
			       (array_agg(score order by rank, score desc))[1] as score,
			       array_remove(array_agg(distinct paragraph_number), null) as paragraphs
			from links group by passage_id, document_id, slug, ordinal
			order by 5, 6 desc, document_id, ordinal, passage_id
			""".formatted(KIND_RANK);

	/** The chosen passages' text and every reason, in the order asked for. */
	private static final String ROWS = """
			select c.passage_id, d.slug, d.label, p.ordinal, p.text, l.kind, l.paragraph_number, l.score,
			       l.evidence, l.confirmed
			from unnest(?::bigint[]) with ordinality as c(passage_id, n)
			join reviewed_article_link l on l.passage_id = c.passage_id and l.article_number = ?
			join passage p on p.id = c.passage_id
			join source_document d on d.id = p.document_id
			order by c.n
			""";

	private final JdbcTemplate jdbc;

	private final KeyedReadCache<Integer, ArticleRanking> rankings;

	ArticleLinkPages(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.rankings = new KeyedReadCache<>(this::rank);
	}

	/**
	 * Drops every article's ranking: links, a judgment or the visible sources changed.
	 */
	void evict() {
		this.rankings.evict();
	}

	/**
	 * Per source with passages on the article: how many, and how many on the paragraph.
	 */
	List<ArticleLinks.SourceCount> counts(int article, Integer paragraph) {
		return this.rankings.get(article).counts(paragraph);
	}

	/** The passages ranked {@code offset + 1} to {@code offset + limit}. */
	List<LinkedPassage> page(int article, int offset, int limit) {
		return read(article, this.rankings.get(article).page(offset, limit));
	}

	/**
	 * Each source's strongest passages (those on {@code paragraph} only, when given): at
	 * most {@code limits.get(slug)} of a listed source, {@code otherwise} of any other.
	 */
	List<LinkedPassage> strongest(int article, Integer paragraph, Map<String, Integer> limits, int otherwise) {
		return read(article, this.rankings.get(article).strongest(paragraph, limits, otherwise));
	}

	private ArticleRanking rank(int article) {
		return new ArticleRanking(this.jdbc.query(RANKING, (rs, i) -> new ArticleRanking.Entry(rs.getLong("passage_id"),
				rs.getLong("document_id"), rs.getString("slug"), rs.getInt("ordinal"), rs.getInt("rank"),
				rs.getDouble("score"),
				Arrays.stream((Integer[]) rs.getArray("paragraphs").getArray()).mapToInt(Integer::intValue).toArray()),
				article));
	}

	private List<LinkedPassage> read(int article, List<Long> passageIds) {
		if (passageIds.isEmpty()) {
			return List.of();
		}
		Map<Long, List<StoredArticleLinks.Row>> byPassage = new LinkedHashMap<>();
		this.jdbc.query(ROWS, (rs) -> {
			StoredArticleLinks.Row row = new StoredArticleLinks.Row(rs.getLong("passage_id"), rs.getString("slug"),
					rs.getString("label"), 0, rs.getInt("ordinal"), rs.getString("text"),
					new LinkReason(LinkKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
							(Integer) rs.getObject("paragraph_number"), rs.getDouble("score"),
							rs.getString("evidence")),
					rs.getBoolean("confirmed"));
			byPassage.computeIfAbsent(row.passageId(), (id) -> new ArrayList<>()).add(row);
		}, passageIds.toArray(Long[]::new), article);
		return byPassage.values().stream().map(StoredArticleLinks::passage).toList();
	}

}
