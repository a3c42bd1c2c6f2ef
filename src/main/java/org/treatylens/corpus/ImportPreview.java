package org.treatylens.corpus;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.Passage;
import org.treatylens.commentary.SourceDocument;
import org.treatylens.commentary.SourceDocumentRepository;

/**
 * What an import would store, before it is committed: the document parsed into its
 * passages and the links each would get, computed in memory. Nothing is written; the same
 * checks as the import run, so a preview that succeeds imports.
 */
@Service
public class ImportPreview {

	private final SourceDocumentRepository documents;

	private final ObjectProvider<ImportPreviewLinker> linker;

	private final CommentaryTextParser parser;

	ImportPreview(SourceDocumentRepository documents, ObjectProvider<ImportPreviewLinker> linker, CorpusLimits limits) {
		this.documents = documents;
		this.linker = linker;
		this.parser = new CommentaryTextParser(limits);
	}

	/**
	 * One passage as it would be stored, with the links it would get.
	 */
	public record PreviewPassage(int ordinal, String kind, int line, String text,
			List<ImportPreviewLinker.PreviewLink> links) {
	}

	/**
	 * The preview: the metadata, every passage and how many links in all;
	 * {@code linksComputed} is false when no linker is there to say.
	 */
	public record Result(DocumentMetadata metadata, String fileName, List<PreviewPassage> passages, int links,
			boolean linksComputed) {

		public long linkedPassages() {
			return this.passages.stream().filter((p) -> !p.links().isEmpty()).count();
		}

	}

	@Transactional(readOnly = true)
	public Result preview(DocumentMetadata metadata, CorpusFile file) {
		SourceDocument parsed = this.parser.parse(metadata, file);
		if (this.documents.findBySlug(metadata.slug()).isPresent()) {
			throw new ImportRejectedException(
					"There is already a document with the slug '" + metadata.slug() + "'; choose another slug.");
		}
		ImportPreviewLinker links = this.linker.getIfAvailable();
		List<ImportPreviewLinker.PreviewLink> found = (links != null) ? links.links(parsed) : List.of();
		Map<Integer, List<ImportPreviewLinker.PreviewLink>> byOrdinal = found.stream()
			.collect(Collectors.groupingBy(ImportPreviewLinker.PreviewLink::ordinal));
		List<PreviewPassage> passages = parsed.getPassages()
			.stream()
			.map((Passage p) -> new PreviewPassage(p.getOrdinal(),
					p.getKind().name().toLowerCase(java.util.Locale.ROOT), p.getLineNumber(), p.getText(),
					byOrdinal.getOrDefault(p.getOrdinal(), List.of())))
			.toList();
		return new Result(metadata, file.name(), passages, found.size(), links != null);
	}

}
