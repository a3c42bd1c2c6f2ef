package org.treatylens.commentary;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/documents} and {@code GET /api/documents/{slug}} (404 for an unknown
 * slug, and for a hidden document unless an editor asks).
 */
@RestController
@Tag(name = "Documents", description = "The commentary documents and their passages")
class DocumentApiController {

	private final DocumentReader reader;

	DocumentApiController(DocumentReader reader) {
		this.reader = reader;
	}

	@GetMapping(path = "/api/documents", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every commentary document with its metadata and passage count",
			description = "Metadata that is not known is null, never invented; `published` is ISO as precise "
					+ "as it is known (`2025`, `2025-02`, `2025-01-24`).")
	List<DocumentSummary> listDocuments(@Parameter(hidden = true) HttpServletRequest request) {
		return this.reader.summaries(EditorAccess.isEditor(request));
	}

	@GetMapping(path = "/api/documents/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One document with every passage in order",
			description = "Each passage's `kind` is `heading`, `paragraph` or `boilerplate` (web-page leftovers, "
					+ "never linked or searched); `articles` are the articles it is linked to.",
			responses = { @ApiResponse(responseCode = "200", description = "The document"),
					@ApiResponse(responseCode = "404", description = "No document has this slug",
							content = @Content(mediaType = "application/problem+json")) })
	DocumentView showDocument(
			@Parameter(description = "The document's slug", example = "crescent-jonkers",
					schema = @Schema(pattern = "[a-z0-9][a-z0-9-]*")) @PathVariable String slug,
			@Parameter(hidden = true) HttpServletRequest request) {
		return this.reader.document(slug, EditorAccess.isEditor(request), EditorAccess.baseUrl())
			.orElseThrow(() -> DocumentController.notFound(slug));
	}

}
