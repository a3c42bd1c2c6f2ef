package org.treatylens.corpus;

import java.util.List;

import org.treatylens.commentary.SourceDocument;

/**
 * Finds the links a parsed, not yet stored document would get, for the import preview.
 * Implemented by the linking module (which depends on this one, not the other way round);
 * without it the preview shows the passages only.
 */
public interface ImportPreviewLinker {

	/**
	 * The links of the document's passages, in passage order; nothing is stored.
	 */
	List<PreviewLink> links(SourceDocument parsed);

	/**
	 * A link the import would create: passage {@code ordinal} discusses {@code article}
	 * (paragraph when known) for the strongest reason {@code kind}.
	 */
	record PreviewLink(int ordinal, int article, Integer paragraph, String kind, double score, String evidence) {
	}

}
