package org.treatylens.commentary;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/documents} and {@code GET /api/documents/{slug}} (404 for an unknown
 * slug, and for a hidden document unless an editor asks).
 */
@RestController
class DocumentApiController {

	private final DocumentReader reader;

	DocumentApiController(DocumentReader reader) {
		this.reader = reader;
	}

	@GetMapping("/api/documents")
	List<DocumentSummary> listDocuments(HttpServletRequest request) {
		return this.reader.summaries(EditorAccess.isEditor(request));
	}

	@GetMapping("/api/documents/{slug}")
	DocumentView showDocument(@PathVariable String slug, HttpServletRequest request) {
		return this.reader.document(slug, EditorAccess.isEditor(request), EditorAccess.baseUrl())
			.orElseThrow(() -> DocumentController.notFound(slug));
	}

}
