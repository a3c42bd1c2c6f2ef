package org.treatylens.linking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.CorpusLimits;
import org.treatylens.treaty.Article;
import org.treatylens.treaty.Treaty;
import org.treatylens.treaty.TreatyRepository;

/**
 * The decisions people make about links, kept in {@code link_judgment}, apart from the
 * machine's links: one standing decision per passage and article (a new one replaces it).
 * Linking replaces its own links on every relink; the decisions stay, and the
 * {@code reviewed_article_link} view lays them over whatever the rules find.
 */
@Service
public class LinkJudgments {

	/** What the scorer matches a passage by: the first 70 characters of its text. */
	static final int SNIPPET_LENGTH = 70;

	private static final Pattern PASSAGE_ID = Pattern.compile("(?:.*/passages/)?(\\d{1,18})");

	private static final Pattern DOCUMENT_ANCHOR = Pattern
		.compile("(?:.*/documents/)?([a-z0-9][a-z0-9-]*)#p-(\\d{1,9})");

	private final JdbcTemplate jdbc;

	private final TreatyRepository treaties;

	private final ApplicationEventPublisher events;

	private final CorpusLimits limits;

	private final CorpusJobs jobs;

	LinkJudgments(JdbcTemplate jdbc, TreatyRepository treaties, ApplicationEventPublisher events, CorpusLimits limits,
			CorpusJobs jobs) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.limits = limits;
		this.treaties = treaties;
		this.events = events;
	}

	/**
	 * A decision as asked for ({@code POST /api/links/judgments}, the review forms).
	 */
	public record Judgment(Long passageId, Integer article, Integer paragraph, String verdict, String note) {
	}

	/**
	 * A standing decision, with where its passage is now.
	 */
	public record Decision(long passageId, String document, int line, int ordinal, String snippet, int article,
			Integer paragraph, String verdict, String note, String judgedBy, Instant judgedAt) {
	}

	private record PassageRef(long id, String document, int line, int ordinal, String text) {
	}

	@Transactional
	public Decision judge(Judgment judgment, String actor) {
		if (judgment.passageId() == null) {
			throw badRequest("Name the passage: 'passageId'");
		}
		if (judgment.article() == null) {
			throw badRequest("Name the article: 'article'");
		}
		String verdict = (judgment.verdict() != null) ? judgment.verdict().strip().toLowerCase(Locale.ROOT) : "";
		if (!List.of("accept", "reject", "add").contains(verdict)) {
			throw badRequest("'verdict' is accept, reject or add, not '" + judgment.verdict() + "'");
		}
		PassageRef passage = passage(judgment.passageId())
			.orElseThrow(() -> badRequest("There is no passage " + judgment.passageId()));
		checkArticle(judgment.article(), judgment.paragraph());
		String note = (judgment.note() != null && !judgment.note().isBlank()) ? judgment.note().strip() : null;
		try {
			this.limits.checkNote(note);
		}
		catch (IllegalArgumentException ex) {
			throw badRequest(ex.getMessage());
		}
		String previous = this.jdbc
			.queryForList("select verdict from link_judgment where passage_id = ? and article_number = ?", String.class,
					passage.id(), judgment.article())
			.stream()
			.findFirst()
			.orElse(null);
		Instant now = Instant.now();
		this.jdbc.update(
				"""
						insert into link_judgment (passage_id, article_number, paragraph_number, verdict, note, judged_by, judged_at)
						values (?, ?, ?, ?, ?, ?, ?)
						on conflict (passage_id, article_number) do update set paragraph_number = excluded.paragraph_number,
						  verdict = excluded.verdict, note = excluded.note, judged_by = excluded.judged_by,
						  judged_at = excluded.judged_at
						""",
				passage.id(), judgment.article(), judgment.paragraph(), verdict, note, actor, Timestamp.from(now));
		String snippet = snippet(passage.text());
		// the search's article facet of this document follows the decision
		this.jobs.documentReviewed(passage.document(),
				"a link decision (" + verdict + " Article " + judgment.article() + ")");
		this.events.publishEvent(new LinkJudged(actor, verdict, previous, passage.id(), passage.document(),
				passage.line(), passage.ordinal(), snippet, judgment.article(), judgment.paragraph(), note));
		return new Decision(passage.id(), passage.document(), passage.line(), passage.ordinal(), snippet,
				judgment.article(), judgment.paragraph(), verdict, note, actor, now);
	}

	/**
	 * Every standing decision, by document and line.
	 */
	@Transactional(readOnly = true)
	public List<Decision> all() {
		return decisions("", new Object[0]);
	}

	@Transactional(readOnly = true)
	public List<Decision> forDocument(long documentId) {
		return decisions("where p.document_id = ?", new Object[] { documentId });
	}

	private List<Decision> decisions(String where, Object[] args) {
		return this.jdbc.query(
				"""
						select j.passage_id, d.slug, p.line_number, p.ordinal, p.text, j.article_number, j.paragraph_number,
						       j.verdict, j.note, j.judged_by, j.judged_at
						from link_judgment j join passage p on p.id = j.passage_id join source_document d on d.id = p.document_id
						"""
						+ where + " order by d.id, p.ordinal, j.article_number",
				(rs, i) -> new Decision(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
						snippet(rs.getString(5)), rs.getInt(6), (Integer) rs.getObject(7), rs.getString(8),
						rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant()),
				args);
	}

	/**
	 * The passage a reference names: its id, its permalink ({@code /passages/12}) or its
	 * place in its document ({@code slug#p-3}, {@code /documents/slug#p-3}).
	 */
	@Transactional(readOnly = true)
	public Optional<Long> resolvePassage(String reference) {
		String text = (reference != null) ? reference.strip() : "";
		Matcher id = PASSAGE_ID.matcher(text);
		if (id.matches()) {
			return passage(Long.parseLong(id.group(1))).map(PassageRef::id);
		}
		Matcher anchor = DOCUMENT_ANCHOR.matcher(text);
		if (anchor.matches()) {
			return this.jdbc
				.queryForList(
						"select p.id from passage p join source_document d on d.id = p.document_id "
								+ "where d.slug = ? and p.ordinal = ?",
						Long.class, anchor.group(1), Integer.parseInt(anchor.group(2)))
				.stream()
				.findFirst();
		}
		return Optional.empty();
	}

	private Optional<PassageRef> passage(long id) {
		return this.jdbc
			.query("""
					select p.id, d.slug, p.line_number, p.ordinal, p.text
					from passage p join source_document d on d.id = p.document_id where p.id = ?
					""",
					(rs, i) -> new PassageRef(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
							rs.getString(5)),
					id)
			.stream()
			.findFirst();
	}

	private void checkArticle(int number, Integer paragraph) {
		Treaty treaty = this.treaties.findFirstByOrderByIdAsc().orElseThrow(() -> badRequest("No treaty is loaded"));
		if (number < 1 || number > treaty.getArticlesTotal()) {
			throw badRequest("The treaty has articles 1 to " + treaty.getArticlesTotal() + ", not " + number);
		}
		if (paragraph == null) {
			return;
		}
		if (paragraph < 1) {
			throw badRequest("A paragraph number is 1 or more, not " + paragraph);
		}
		Optional<Article> article = treaty.article(number).filter(Article::isPresent);
		// an article whose text is not in the corpus may still be cited by paragraph
		if (article.isPresent()
				&& article.get().getParagraphs().stream().noneMatch((p) -> p.getNumber() == paragraph)) {
			throw badRequest("Article " + number + " has no paragraph " + paragraph);
		}
	}

	static String snippet(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		return (flat.length() > SNIPPET_LENGTH) ? flat.substring(0, SNIPPET_LENGTH) : flat;
	}

	private static ResponseStatusException badRequest(String message) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
	}

}
