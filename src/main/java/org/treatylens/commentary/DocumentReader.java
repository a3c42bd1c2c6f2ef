package org.treatylens.commentary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

	private final ObjectProvider<PassageAnnotations> annotations;

	DocumentReader(SourceDocumentRepository documents, PassageRepository passages,
			ObjectProvider<PassageAnnotations> annotations) {
		this.documents = documents;
		this.passages = passages;
		this.annotations = annotations;
	}

	@Transactional(readOnly = true)
	List<DocumentSummary> summaries(boolean withHidden) {
		Map<Long, Long> counts = this.passages.countPerDocument()
			.stream()
			.collect(Collectors.toMap(PassageRepository.PassageCount::getDocumentId,
					PassageRepository.PassageCount::getPassages));
		return (withHidden ? this.documents.findAllByOrderByIdAsc() : this.documents.findAllByHiddenFalseOrderByIdAsc())
			.stream()
			.map((d) -> DocumentSummary.of(d, counts.getOrDefault(d.getId(), 0L)))
			.toList();
	}

	/**
	 * For each document (by slug), the articles its passages discuss, in order; empty
	 * when no module annotates passages.
	 */
	@Transactional(readOnly = true)
	Map<String, List<Integer>> articlesDiscussed() {
		PassageAnnotations provider = this.annotations.getIfAvailable();
		Map<String, List<Integer>> discussed = new LinkedHashMap<>();
		for (SourceDocument document : this.documents.findAllByOrderByIdAsc()) {
			List<Integer> articles = (provider == null) ? List.of()
					: provider.forDocument(document.getId())
						.values()
						.stream()
						.flatMap((a) -> a.articles().stream())
						.distinct()
						.sorted()
						.toList();
			discussed.put(document.getSlug(), articles);
		}
		return discussed;
	}

	@Transactional(readOnly = true)
	Optional<DocumentView> document(String slug, boolean withHidden, String baseUrl) {
		return this.documents.findBySlug(slug).filter((d) -> withHidden || !d.isHidden()).map((d) -> view(d, baseUrl));
	}

	/**
	 * Where a passage is now: its document's slug and its anchor; empty when no passage
	 * (of a document the reader may see) has that id.
	 */
	@Transactional(readOnly = true)
	Optional<String> passageLocation(long id, boolean withHidden) {
		return this.passages.findById(id)
			.filter((p) -> withHidden || !p.getDocument().isHidden())
			.map((p) -> "/documents/" + p.getDocument().getSlug() + "#" + p.getAnchor());
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
