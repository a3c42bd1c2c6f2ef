package org.treatylens.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.treatylens.commentary.Citation;
import org.treatylens.commentary.PublicationDate;
import org.treatylens.commentary.SourceDocumentRepository;
import org.treatylens.linking.ArticleLinks;
import org.treatylens.linking.LinkedPassage;
import org.treatylens.treaty.Article;
import org.treatylens.treaty.Treaty;
import org.treatylens.treaty.TreatyRepository;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads an article with the commentary linked to it, ready for the reading pages: the
 * text, the sources and every linked passage with its marked sentence, permalink and
 * citation. The links come from the linking module when it is there; without it the pages
 * say that nothing is linked yet.
 */
@Service
class ArticleCommentary {

	private final TreatyRepository treaties;

	private final SourceDocumentRepository documents;

	private final ObjectProvider<ArticleLinks> links;

	ArticleCommentary(TreatyRepository treaties, SourceDocumentRepository documents,
			ObjectProvider<ArticleLinks> links) {
		this.treaties = treaties;
		this.documents = documents;
		this.links = links;
	}

	/**
	 * The article with its sources and linked passages.
	 * @throws ResponseStatusException (404) when the treaty has no such article
	 */
	@Transactional(readOnly = true)
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
		return this.treaties.findFirstByOrderByIdAsc().flatMap((treaty) -> treaty.article(number).map((article) -> {
			String signed = signed(treaty);
			List<ArticleText.Paragraph> paragraphs = article.getParagraphs()
				.stream()
				.map((p) -> new ArticleText.Paragraph(p.getNumber(), p.getEid(), p.getText(),
						paragraphPermalink(number, p.getNumber(), baseUrl),
						paragraphCitation(treaty, signed, number, p.getNumber(), baseUrl)))
				.toList();
			return new ArticleText(treaty.getTitle(), treaty.getShortTitle(), signed, number, treaty.getArticlesTotal(),
					article.isPresent(), article.getNote(), paragraphs);
		}));
	}

	/**
	 * For each article in order, whether its text is in the corpus.
	 */
	@Transactional(readOnly = true)
	public List<Boolean> presence() {
		return this.treaties.findFirstByOrderByIdAsc()
			.map((treaty) -> treaty.getArticles().stream().map(Article::isPresent).toList())
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public List<SourceSummary> sources() {
		return this.documents.findAllByHiddenFalseOrderByIdAsc().stream().map(SourceSummary::of).toList();
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
					SentenceHighlight.of(link.text(), link.reasons(), articleText), path, permalink,
					Citation.ofPassage(source.metadata(), link.ordinal(), permalink), link.confirmed()));
		}
		return views;
	}

	private static String paragraphCitation(Treaty treaty, String signed, int article, int paragraph, String baseUrl) {
		String name = (treaty.getShortTitle() != null) ? treaty.getShortTitle() : treaty.getTitle();
		return name + ", Article " + article + "(" + paragraph + ")" + ((signed != null) ? " (" + signed + ")" : "")
				+ ". " + paragraphPermalink(article, paragraph, baseUrl);
	}

	private static String paragraphPermalink(int article, int paragraph, String baseUrl) {
		return baseUrl + "/articles/" + article + "#para-" + paragraph;
	}

	private static String signed(Treaty treaty) {
		if (treaty.getSignedOn() == null) {
			return null;
		}
		// day precision, as the commentary's dates are shown: "24 January 2025"
		String date = new PublicationDate(treaty.getSignedOn(), PublicationDate.Precision.DAY).display();
		return (treaty.getPlace() != null) ? "signed at " + treaty.getPlace() + ", " + date : "signed " + date;
	}

}
