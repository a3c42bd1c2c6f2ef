package org.treatylens.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.treatylens.commentary.PassageAnnotation;
import org.treatylens.commentary.PassageAnnotations;
import org.treatylens.commentary.SourcesChanged;
import org.treatylens.system.ReadCache;

/**
 * The stored links as the rest of the application reads them: per article, best first,
 * one entry per passage with its strongest reason first; per passage, the articles it
 * discusses and the other instruments it cites.
 * <p>
 * Links a person rejected are left out, those a person added or accepted marked
 * {@code confirmed} (the {@code reviewed_article_link} view puts the decisions over the
 * machine's links), and so are the passages of documents an editor hid.
 * <p>
 * Read with SQL, joining the commentary's {@code passage} and {@code source_document}
 * tables (which {@code article_link} already references by foreign key): one query per
 * call gives each linked passage with its text and document, where the commentary's JPA
 * repositories would need a second query and an entity graph for the same rows.
 */
@Service
class StoredArticleLinks implements ArticleLinks, PassageAnnotations {

	/** Strongest kind first, then the higher score. */
	static final Comparator<LinkReason> STRONGEST_FIRST = Comparator.comparing(LinkReason::kind)
		.thenComparing(Comparator.comparingDouble(LinkReason::score).reversed());

	record Row(long passageId, String document, String documentLabel, long documentId, int ordinal, String text,
			LinkReason reason, boolean confirmed) {
	}

	private final JdbcTemplate jdbc;

	private final ReadCache<List<SourceCoverage>> coverage;

	private final ArticleLinkPages pages;

	StoredArticleLinks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.pages = new ArticleLinkPages(jdbc);
		this.coverage = new ReadCache<>(this::readCoverage);
	}

	/**
	 * The coverage (the front page's counts, the coverage map) and each article's ranking
	 * (the desk, compare, the article's passages API) change only when links are stored,
	 * a person judges one, or a document is hidden, shown or deleted: they are read once
	 * and kept until one of those commits.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(LinksRecomputed recomputed) {
		this.coverage.evict();
		this.pages.evict();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(LinkJudged judged) {
		this.coverage.evict();
		this.pages.evict();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(SourcesChanged changed) {
		this.coverage.evict();
		this.pages.evict();
	}

	@Override
	public List<LinkedPassage> forArticle(int article) {
		List<Row> rows = this.jdbc.query(
				"""
						select l.passage_id, d.slug, d.label, d.id as document_id, p.ordinal, p.text, l.kind,
						       l.paragraph_number, l.score, l.evidence, l.confirmed
						from reviewed_article_link l
						join passage p on p.id = l.passage_id
						join source_document d on d.id = p.document_id
						where l.article_number = ? and not d.hidden
						""", (rs,
						i) -> new Row(rs.getLong("passage_id"), rs.getString("slug"), rs.getString("label"),
								rs.getLong("document_id"), rs.getInt("ordinal"), rs.getString("text"),
								new LinkReason(kind(rs.getString("kind")), (Integer) rs.getObject("paragraph_number"),
										rs.getDouble("score"), rs.getString("evidence")),
								rs.getBoolean("confirmed")),
				article);
		Map<Long, List<Row>> byPassage = new LinkedHashMap<>();
		rows.forEach((row) -> byPassage.computeIfAbsent(row.passageId(), (id) -> new ArrayList<>()).add(row));
		Map<Long, Long> documentOf = new LinkedHashMap<>();
		List<LinkedPassage> passages = new ArrayList<>();
		for (List<Row> passageRows : byPassage.values()) {
			documentOf.put(passageRows.get(0).passageId(), passageRows.get(0).documentId());
			passages.add(passage(passageRows));
		}
		passages.sort(Comparator.comparing(LinkedPassage::kind)
			.thenComparing(Comparator.comparingDouble(LinkedPassage::score).reversed())
			.thenComparing((p) -> documentOf.get(p.passageId()))
			.thenComparingInt(LinkedPassage::ordinal));
		return passages;
	}

	/** One passage from its rows (one per reason): the strongest reason first. */
	static LinkedPassage passage(List<Row> passageRows) {
		List<LinkReason> reasons = passageRows.stream().map(Row::reason).sorted(STRONGEST_FIRST).toList();
		Row row = passageRows.get(0);
		LinkReason best = reasons.get(0);
		return new LinkedPassage(row.passageId(), row.document(), row.documentLabel(), row.ordinal(), row.text(),
				best.kind(), best.paragraph(), best.score(), best.evidence(), reasons,
				passageRows.stream().anyMatch(Row::confirmed));
	}

	@Override
	public List<SourceCount> countsForArticle(int article, Integer paragraph) {
		return this.pages.counts(article, paragraph);
	}

	@Override
	public List<LinkedPassage> forArticle(int article, int offset, int limit) {
		return this.pages.page(article, offset, limit);
	}

	@Override
	public List<LinkedPassage> strongestPerSource(int article, Integer paragraph, Map<String, Integer> limits,
			int otherwise) {
		return this.pages.strongest(article, paragraph, limits, otherwise);
	}

	@Override
	public Map<Long, List<Integer>> articlesByPassage() {
		Map<Long, TreeSet<Integer>> articles = new TreeMap<>();
		this.jdbc.query("""
				select l.passage_id, l.article_number from reviewed_article_link l
				join passage p on p.id = l.passage_id
				join source_document d on d.id = p.document_id
				where not d.hidden
				""", (RowCallbackHandler) (rs) -> articles.computeIfAbsent(rs.getLong(1), (id) -> new TreeSet<>())
			.add(rs.getInt(2)));
		Map<Long, List<Integer>> result = new LinkedHashMap<>();
		articles.forEach((passage, numbers) -> result.put(passage, List.copyOf(numbers)));
		return result;
	}

	@Override
	public List<SourceCoverage> coverage() {
		return this.coverage.get();
	}

	private List<SourceCoverage> readCoverage() {
		// (article, document) -> passage -> its strongest kind; passages counted once,
		// however many reasons
		Map<Integer, Map<String, Map<Long, LinkKind>>> kinds = new TreeMap<>();
		this.jdbc.query("""
				select l.article_number, d.slug, l.passage_id, l.kind
				from reviewed_article_link l
				join passage p on p.id = l.passage_id
				join source_document d on d.id = p.document_id
				where not d.hidden
				order by l.article_number, d.id
				""",
				(RowCallbackHandler) (rs) -> kinds.computeIfAbsent(rs.getInt(1), (n) -> new LinkedHashMap<>())
					.computeIfAbsent(rs.getString(2), (slug) -> new TreeMap<>())
					.merge(rs.getLong(3), kind(rs.getString(4)), (a, b) -> (a.compareTo(b) <= 0) ? a : b));
		List<SourceCoverage> coverage = new ArrayList<>();
		kinds.forEach((article, byDocument) -> byDocument
			.forEach((document, passages) -> coverage.add(new SourceCoverage(article, document, passages.size(),
					passages.values().stream().min(Comparator.naturalOrder()).orElseThrow()))));
		return List.copyOf(coverage);
	}

	private static LinkKind kind(String stored) {
		return LinkKind.valueOf(stored.toUpperCase(java.util.Locale.ROOT));
	}

	@Override
	public List<String> decisionsForDocument(long documentId) {
		return this.jdbc.query("""
				select p.line_number, p.ordinal, j.article_number, j.paragraph_number, j.verdict, j.note, j.judged_by
				from link_judgment j join passage p on p.id = j.passage_id where p.document_id = ?
				order by p.ordinal, j.article_number
				""", (rs, i) -> "line " + rs.getInt(1) + " (passage " + rs.getInt(2) + "), Article " + rs.getInt(3)
				+ ((rs.getObject(4) != null) ? "(" + rs.getInt(4) + ")" : "") + ": " + rs.getString(5)
				+ ((rs.getString(6) != null) ? " \u201c" + rs.getString(6) + "\u201d" : "") + " by " + rs.getString(7),
				documentId);
	}

	@Override
	public Map<Long, List<Integer>> articlesByDocument(Collection<Long> documentIds) {
		Map<Long, List<Integer>> result = new LinkedHashMap<>();
		this.jdbc.query("""
				select p.document_id, l.article_number from reviewed_article_link l
				join passage p on p.id = l.passage_id
				where p.document_id = any(?)
				group by p.document_id, l.article_number order by p.document_id, l.article_number
				""", (RowCallbackHandler) (rs) -> result.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
			.add(rs.getInt(2)), (Object) documentIds.toArray(Long[]::new));
		return result;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, PassageAnnotation> forDocument(long documentId) {
		Map<Long, TreeSet<Integer>> articles = new TreeMap<>();
		this.jdbc.query("""
				select l.passage_id, l.article_number from reviewed_article_link l
				join passage p on p.id = l.passage_id where p.document_id = ?
				""", (rs) -> {
			articles.computeIfAbsent(rs.getLong(1), (id) -> new TreeSet<>()).add(rs.getInt(2));
		}, documentId);
		Map<Long, List<String>> references = new TreeMap<>();
		this.jdbc.query("""
				select r.passage_id, r.reference from passage_external_reference r
				join passage p on p.id = r.passage_id where p.document_id = ? order by r.passage_id, r.position
				""", (rs) -> {
			references.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>()).add(rs.getString(2));
		}, documentId);
		Map<Long, PassageAnnotation> annotations = new TreeMap<>();
		articles.forEach((passage, numbers) -> annotations.put(passage,
				new PassageAnnotation(List.copyOf(numbers), references.getOrDefault(passage, List.of()))));
		references
			.forEach((passage, texts) -> annotations.putIfAbsent(passage, new PassageAnnotation(List.of(), texts)));
		return annotations;
	}

}
