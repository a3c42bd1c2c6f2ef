package org.treatylens.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.treatylens.commentary.Passage;
import org.treatylens.commentary.PassageAnnotation;
import org.treatylens.commentary.PassageAnnotations;
import org.treatylens.commentary.PassageKind;
import org.treatylens.commentary.PassageRepository;
import org.treatylens.commentary.PublicationDate;
import org.treatylens.commentary.SourceDocument;
import org.treatylens.commentary.SourceDocumentRepository;
import org.treatylens.linking.ArticleLinks;
import org.treatylens.treaty.Article;
import org.treatylens.treaty.ArticleParagraph;
import org.treatylens.treaty.Treaty;
import org.treatylens.treaty.TreatyRepository;

/**
 * Reads what is searchable from PostgreSQL, the store of record: every commentary
 * paragraph (with its heading), with the articles linking says it discusses, and every
 * treaty paragraph.
 */
@Component
class SearchCorpus {

	private final PassageRepository passages;

	private final TreatyRepository treaties;

	private final ObjectProvider<ArticleLinks> links;

	private final SourceDocumentRepository documents;

	private final ObjectProvider<PassageAnnotations> annotations;

	SearchCorpus(PassageRepository passages, TreatyRepository treaties, ObjectProvider<ArticleLinks> links,
			SourceDocumentRepository documents, ObjectProvider<PassageAnnotations> annotations) {
		this.passages = passages;
		this.treaties = treaties;
		this.links = links;
		this.documents = documents;
		this.annotations = annotations;
	}

	/**
	 * One document's searchable passages (as {@link #read()} gives them) with the
	 * articles each discusses; none when it no longer exists.
	 */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public List<SearchablePassage> readDocument(String slug) {
		Optional<SourceDocument> found = this.documents.findBySlug(slug);
		if (found.isEmpty()) {
			return List.of();
		}
		SourceDocument document = found.get();
		PassageAnnotations linked = this.annotations.getIfAvailable();
		Map<Long, PassageAnnotation> articles = (linked != null) ? linked.forDocument(document.getId()) : Map.of();
		List<SearchablePassage> result = new ArrayList<>();
		for (Passage passage : document.getPassages()) {
			if (passage.getKind() == PassageKind.PARAGRAPH) {
				PassageAnnotation annotation = articles.get(passage.getId());
				result.add(searchable(passage, document, (annotation != null) ? annotation.articles() : List.of()));
			}
		}
		return result;
	}

	private static SearchablePassage searchable(Passage passage, SourceDocument document, List<Integer> articles) {
		PublicationDate published = document.getPublished();
		return SearchablePassage.commentary(passage.getId(), document.getSlug(), document.getLabel(),
				(published != null) ? published.date() : null, (published != null) ? published.iso() : null,
				passage.getKind().name(), passage.getOrdinal(), articles, passage.getText(),
				(passage.getHeading() != null) ? passage.getHeading().getText() : null);
	}

	/**
	 * Headings are not hits of their own (a bare "Military cooperation" tells a reader
	 * nothing): their words go with each paragraph under them instead. A transaction of
	 * its own: this also runs after an import's commit, when that transaction can no
	 * longer be joined.
	 */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public List<SearchablePassage> read() {
		ArticleLinks articleLinks = this.links.getIfAvailable();
		Map<Long, List<Integer>> articles = (articleLinks != null) ? articleLinks.articlesByPassage() : Map.of();
		List<SearchablePassage> result = new ArrayList<>();
		for (Passage passage : this.passages.findAllByOrderByDocumentIdAscOrdinalAsc()) {
			if (passage.getKind() != PassageKind.PARAGRAPH) {
				continue;
			}
			result.add(searchable(passage, passage.getDocument(), articles.getOrDefault(passage.getId(), List.of())));
		}
		this.treaties.findFirstByOrderByIdAsc().ifPresent((treaty) -> addTreaty(treaty, result));
		return result;
	}

	private static void addTreaty(Treaty treaty, List<SearchablePassage> result) {
		PublicationDate signed = (treaty.getSignedOn() != null)
				? new PublicationDate(treaty.getSignedOn(), PublicationDate.Precision.DAY) : null;
		String label = (treaty.getShortTitle() != null) ? treaty.getShortTitle() : treaty.getTitle();
		for (Article article : treaty.getArticles()) {
			for (ArticleParagraph paragraph : article.getParagraphs()) {
				result.add(SearchablePassage.treaty(paragraph.getEid(), treaty.getSlug(), label,
						(signed != null) ? signed.date() : null, (signed != null) ? signed.iso() : null,
						article.getNumber(), paragraph.getNumber(), paragraph.getText()));
			}
		}
	}

}
