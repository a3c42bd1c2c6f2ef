package org.treatylens.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.treatylens.commentary.Citation;
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
				(articleLinks != null) ? linked(articleLinks, article, sources, baseUrl) : List.of(),
				articleLinks != null);
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
	 * For each article in order, whether its text is in the corpus.
	 */
	public List<Boolean> presence() {
		return this.treaty.treaty()
			.map((treaty) -> treaty.articles().stream().map(ArticleView::present).toList())
			.orElse(List.of());
	}

	public List<SourceSummary> sources() {
		return this.sources.visible().stream().map(SourceSummary::of).toList();
	}

	/**
	 * Every passage linked to the article, best first.
	 */
	private static List<LinkedPassageView> linked(ArticleLinks articleLinks, ArticleText article,
			List<SourceSummary> sources, String baseUrl) {
		Map<String, SourceSummary> bySlug = new LinkedHashMap<>();
		sources.forEach((s) -> bySlug.put(s.slug(), s));
		String articleText = article.text();
		List<LinkedPassageView> views = new ArrayList<>();
		for (LinkedPassage link : articleLinks.forArticle(article.number())) {
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
