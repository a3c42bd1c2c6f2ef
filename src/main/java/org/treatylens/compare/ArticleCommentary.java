package org.treatylens.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.treatylens.commentary.Citation;
import org.treatylens.commentary.ListedSource;
import org.treatylens.commentary.PublicationDate;
import org.treatylens.commentary.SourceList;
import org.treatylens.linking.ArticleLinks;
import org.treatylens.linking.LinkedPassage;
import org.treatylens.treaty.ArticleView;
import org.treatylens.treaty.TreatyReader;
import org.treatylens.treaty.TreatyView;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads an article with the commentary linked to it, ready for the reading pages: the
 * text, the sources and every linked passage with its marked sentence, permalink and
 * citation. The links come from the linking module when it is there; without it the pages
 * say that nothing is linked yet. The treaty and the sources come from their modules'
 * caches: the links are the one query.
 */
@Service
class ArticleCommentary {

	private final TreatyReader treaty;

	private final SourceList sources;

	private final ObjectProvider<ArticleLinks> links;

	private volatile VisibleSources visible;

	ArticleCommentary(TreatyReader treaty, SourceList sources, ObjectProvider<ArticleLinks> links) {
		this.treaty = treaty;
		this.sources = sources;
		this.links = links;
	}

	/**
	 * The article with its sources and linked passages.
	 * @throws ResponseStatusException (404) when the treaty has no such article
	 */
	public ArticleReading read(int number, String baseUrl) {
		ArticleText article = article(number, baseUrl).orElseThrow(
				() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The treaty has no Article " + number + "."));
		List<SourceSummary> sources = sources();
		ArticleLinks articleLinks = this.links.getIfAvailable();
		return new ArticleReading(article, sources,
				(articleLinks != null) ? linked(articleLinks, article, baseUrl) : List.of(), articleLinks != null);
	}

	private Optional<ArticleText> article(int number, String baseUrl) {
		return this.treaty.treaty().filter((treaty) -> treaty.hasArticle(number)).map((treaty) -> {
			ArticleView article = treaty.article(number);
			String signed = signed(treaty);
			List<ArticleText.Paragraph> paragraphs = article.paragraphs()
				.stream()
				.map((p) -> new ArticleText.Paragraph(p.number(), p.eid(), p.text(),
						paragraphPermalink(number, p.number(), baseUrl),
						paragraphCitation(treaty, signed, number, p.number(), baseUrl)))
				.toList();
			return new ArticleText(treaty.title(), treaty.shortTitle(), signed, number, treaty.articlesTotal(),
					article.present(), article.note(), paragraphs);
		});
	}

	/**
	 * The article with, of each source in {@code wanted}, the strongest passages, read
	 * from the database a few at a time: enough that, once the passages that only
	 * reproduce a paragraph or only list the article are set aside, the source's first
	 * {@code wanted.get(slug)} that say something are among them (or all of the source's
	 * passages are).
	 * @throws ResponseStatusException (404) when the treaty has no such article
	 */
	public DeskSlice strongest(ArticleText article, String baseUrl, Integer paragraph, Map<String, Integer> wanted) {
		int number = article.number();
		List<SourceSummary> sources = sources();
		ArticleLinks articleLinks = this.links.getIfAvailable();
		if (articleLinks == null) {
			return new DeskSlice(new ArticleReading(article, sources, List.of(), false), Set.of());
		}
		// each source's strongest, twice as many as it shows; a source whose quotes and
		// lists leave it too few is read again with a larger limit, the others are not
		Map<String, Integer> asking = new LinkedHashMap<>();
		wanted.forEach((slug, n) -> asking.put(slug, 2 * n));
		Map<String, List<LinkedPassageView>> read = new LinkedHashMap<>();
		Set<String> complete = new HashSet<>();
		for (int round = 0; !asking.isEmpty(); round++) {
			Map<String, List<LinkedPassageView>> bySource = new HashMap<>();
			for (LinkedPassageView view : views(articleLinks.strongestPerSource(number, paragraph, asking, 0), article,
					baseUrl)) {
				bySource.computeIfAbsent(view.source().slug(), (slug) -> new ArrayList<>()).add(view);
			}
			Map<String, Integer> again = new LinkedHashMap<>();
			for (Map.Entry<String, Integer> limit : asking.entrySet()) {
				List<LinkedPassageView> own = bySource.getOrDefault(limit.getKey(), List.of());
				read.put(limit.getKey(), own);
				if (own.size() < limit.getValue()) {
					complete.add(limit.getKey());
				}
				else if (saying(own, article) < wanted.get(limit.getKey()) && round < 6) {
					again.put(limit.getKey(), 4 * limit.getValue());
				}
			}
			asking.clear();
			asking.putAll(again);
		}
		List<LinkedPassageView> views = read.values().stream().flatMap(List::stream).toList();
		return new DeskSlice(new ArticleReading(article, sources, views, true), complete);
	}

	/** Passages that neither only reproduce a paragraph nor only list the article. */
	private static long saying(List<LinkedPassageView> passages, ArticleText article) {
		return passages.stream()
			.filter((p) -> VerbatimQuote.reproduced(p.text(), article.paragraphs()) == null
					&& !DeskCommentary.onlyListsTheArticle(p))
			.count();
	}

	/**
	 * The reading desk's part of an article's commentary: the passages read (per source,
	 * its strongest) and the sources whose passages were all read.
	 */
	record DeskSlice(ArticleReading reading, Set<String> complete) {
	}

	/**
	 * The article's text.
	 * @throws ResponseStatusException (404) when the treaty has no such article
	 */
	public ArticleText text(int number, String baseUrl) {
		return article(number, baseUrl).orElseThrow(
				() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The treaty has no Article " + number + "."));
	}

	/**
	 * Per source slug with passages on the article: how many, and how many on paragraph
	 * {@code paragraph}; empty without the links. One grouped query.
	 */
	public Map<String, ArticleLinks.SourceCount> counts(int number, Integer paragraph) {
		ArticleLinks articleLinks = this.links.getIfAvailable();
		Map<String, ArticleLinks.SourceCount> counts = new LinkedHashMap<>();
		if (articleLinks != null) {
			articleLinks.countsForArticle(number, paragraph).forEach((c) -> counts.put(c.document(), c));
		}
		return counts;
	}

	/** Whether the links are there (the linking module runs). */
	public boolean linksAvailable() {
		return this.links.getIfAvailable() != null;
	}

	/**
	 * For each article in order, whether its text is in the corpus.
	 */
	public List<Boolean> presence() {
		return this.treaty.treaty()
			.map((treaty) -> treaty.articles().stream().map(ArticleView::present).toList())
			.orElse(List.of());
	}

	/** The visible sources in their order. */
	public List<SourceSummary> sources() {
		return visible().list();
	}

	/**
	 * The visible sources as the pages show them, made again only when the source list
	 * (kept until a {@code SourcesChanged}) is another one: thousands of sources are not
	 * converted on every request.
	 */
	private VisibleSources visible() {
		List<ListedSource> all = this.sources.all();
		VisibleSources known = this.visible;
		if (known != null && known.from() == all) {
			return known;
		}
		List<SourceSummary> list = all.stream().filter((s) -> !s.hidden()).map(SourceSummary::of).toList();
		Map<String, SourceSummary> bySlug = new HashMap<>();
		list.forEach((s) -> bySlug.put(s.slug(), s));
		VisibleSources made = new VisibleSources(all, list, Map.copyOf(bySlug));
		this.visible = made;
		return made;
	}

	private record VisibleSources(List<ListedSource> from, List<SourceSummary> list,
			Map<String, SourceSummary> bySlug) {
	}

	/**
	 * Every passage linked to the article, best first.
	 */
	private List<LinkedPassageView> linked(ArticleLinks articleLinks, ArticleText article, String baseUrl) {
		return views(articleLinks.forArticle(article.number()), article, baseUrl);
	}

	private List<LinkedPassageView> views(List<LinkedPassage> links, ArticleText article, String baseUrl) {
		Map<String, SourceSummary> bySlug = visible().bySlug();
		String articleText = article.text();
		List<LinkedPassageView> views = new ArrayList<>();
		for (LinkedPassage link : links) {
			SourceSummary source = bySlug.get(link.document());
			if (source == null) {
				continue;
			}
			String path = "/documents/" + link.document() + "#p-" + link.ordinal();
			String permalink = baseUrl + "/passages/" + link.passageId();
			views.add(new LinkedPassageView(link.passageId(), source, link.ordinal(), link.text(), link.kind(),
					link.paragraph(), link.score(), link.evidence(), link.reasons(),
					SentenceHighlight.later(link.text(), link.reasons(), articleText), path, permalink,
					Citation.ofPassage(source.metadata(), link.ordinal(), permalink), link.confirmed()));
		}
		return views;
	}

	private static String paragraphCitation(TreatyView treaty, String signed, int article, int paragraph,
			String baseUrl) {
		String name = (treaty.shortTitle() != null) ? treaty.shortTitle() : treaty.title();
		return name + ", Article " + article + "(" + paragraph + ")" + ((signed != null) ? " (" + signed + ")" : "")
				+ ". " + paragraphPermalink(article, paragraph, baseUrl);
	}

	private static String paragraphPermalink(int article, int paragraph, String baseUrl) {
		return baseUrl + "/articles/" + article + "#para-" + paragraph;
	}

	private static String signed(TreatyView treaty) {
		if (treaty.signedOn() == null) {
			return null;
		}
		// day precision, as the commentary's dates are shown: "24 January 2025"
		String date = new PublicationDate(treaty.signedOn(), PublicationDate.Precision.DAY).display();
		return (treaty.place() != null) ? "signed at " + treaty.place() + ", " + date : "signed " + date;
	}

}
