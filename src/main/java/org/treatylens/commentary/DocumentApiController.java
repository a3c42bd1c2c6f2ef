package org.treatylens.commentary;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/documents} and {@code GET /api/documents/{slug}} (404 for an unknown
 * slug).
 */
@RestController
class DocumentApiController {

	private final DocumentReader reader;

	DocumentApiController(DocumentReader reader) {
		this.reader = reader;
	}

	@GetMapping("/api/documents")
	List<DocumentSummary> listDocuments() {
		return this.reader.summaries();
	}

	@GetMapping("/api/documents/{slug}")
	DocumentView showDocument(@PathVariable String slug) {
		return this.reader.document(slug).orElseThrow(() -> DocumentController.notFound(slug));
	}

}
