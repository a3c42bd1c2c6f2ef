package org.treatylens.commentary;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads documents into view records, with the annotations (linked articles, external
 * references) of whichever module provides them; without one, passages have none. A
 * document an editor hid is read only for editors ({@code withHidden}).
 */
@Service
class DocumentReader {

	private final SourceDocumentRepository documents;

	private final PassageRepository passages;

	private final SourceList sources;

	private final ObjectProvider<PassageAnnotations> annotations;

	DocumentReader(SourceDocumentRepository documents, PassageRepository passages, SourceList sources,
			ObjectProvider<PassageAnnotations> annotations) {
		this.documents = documents;
		this.passages = passages;
		this.sources = sources;
		this.annotations = annotations;
	}

	/**
	 * The source list (cached by {@link SourceList}), hidden documents for editors only.
	 */
	List<DocumentSummary> summaries(boolean withHidden) {
		return this.sources.listed(withHidden).stream().map(DocumentSummary::of).toList();
	}

	/**
	 * For each of the documents {@code slugs} name, the articles its passages discuss, in
	 * order, in one query; empty when no module annotates passages.
	 */
	Map<String, List<Integer>> articlesDiscussed(Collection<String> slugs) {
		PassageAnnotations provider = this.annotations.getIfAvailable();
		Map<Long, String> wanted = new LinkedHashMap<>();
		this.sources.all()
			.stream()
			.filter((s) -> slugs.contains(s.slug()))
			.forEach((s) -> wanted.put(s.id(), s.slug()));
		Map<Long, List<Integer>> byDocument = (provider == null || wanted.isEmpty()) ? Map.of()
				: provider.articlesByDocument(wanted.keySet());
		Map<String, List<Integer>> discussed = new LinkedHashMap<>();
		wanted.forEach((id, slug) -> discussed.put(slug, byDocument.getOrDefault(id, List.of())));
		return discussed;
	}

	@Transactional(readOnly = true)
	Optional<DocumentView> document(String slug, boolean withHidden, String baseUrl) {
		return this.documents.findBySlug(slug).filter((d) -> withHidden || !d.isHidden()).map((d) -> view(d, baseUrl));
	}

	/**
	 * Where a passage is now: its document's reader, on the page that shows it, at its
	 * anchor; empty when no passage (of a document the reader may see) has that id.
	 */
	@Transactional(readOnly = true)
	Optional<String> passageLocation(long id, boolean withHidden) {
		return this.passages.findById(id).filter((p) -> withHidden || !p.getDocument().isHidden()).map((p) -> {
			long before = this.passages.countByDocumentIdAndOrdinalLessThan(p.getDocument().getId(), p.getOrdinal());
			return DocumentPage.location(p.getDocument().getSlug(), (int) (before / DocumentPage.SIZE) + 1,
					p.getOrdinal());
		});
	}

	private DocumentView view(SourceDocument document, String baseUrl) {
		PassageAnnotations provider = this.annotations.getIfAvailable();
		Map<Long, PassageAnnotation> byPassage = (provider != null) ? provider.forDocument(document.getId()) : Map.of();
		PublicationDate published = document.getPublished();
		return new DocumentView(document.getSlug(), document.getLabel(), document.getTitle(), document.getSubtitle(),
				document.getAuthor(), document.getPublisher(), (published != null) ? published.iso() : null,
				document.getKind(), document.getNotes(), document.getFileName(), document.getOriginalUrl(),
				document.getLanguage(), (document.getAccessed() != null) ? document.getAccessed().toString() : null,
				document.isBundled(), document.isHidden(), document.getVersion(),
				Citation.ofDocument(document.metadata(), baseUrl + "/documents/" + document.getSlug()),
				document.getPassages().stream().map((p) -> PassageView.of(p, byPassage.get(p.getId()))).toList());
	}

}
