package org.treatylens.commentary;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.treatylens.system.ApiPaging;
import org.treatylens.system.ListPage;
import org.treatylens.system.SiteAddress;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/documents} and {@code GET /api/documents/{slug}} (404 for an unknown
 * slug, and for a hidden document unless an editor asks), each a page at a time: the list
 * of documents, and the passages of one ({@code page}, {@code size}; the total and the
 * neighbouring pages in the headers).
 */
@RestController
@Tag(name = "Documents", description = "The commentary documents and their passages")
class DocumentApiController {

	private static final int DOCUMENTS_PER_PAGE = 100;

	private final DocumentReader reader;

	private final SiteAddress site;

	DocumentApiController(DocumentReader reader, SiteAddress site) {
		this.reader = reader;
		this.site = site;
	}

	@GetMapping(path = "/api/documents", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every commentary document with its metadata and passage count, a page at a time",
			description = "Metadata that is not known is null, never invented; `published` is ISO as precise "
					+ "as it is known (`2025`, `2025-02`, `2025-01-24`). The body is a bare list; `X-Total-Count` "
					+ "gives the number of documents and `Link` (RFC 8288) the first, previous, next and last pages.",
			responses = { @ApiResponse(responseCode = "200", description = "A page of documents"),
					@ApiResponse(responseCode = "400", description = "page or size out of range",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<List<DocumentSummary>> listDocuments(
			@Parameter(description = "The page, from 1",
					schema = @Schema(type = "integer", minimum = "1", defaultValue = "1")) @RequestParam(
							required = false) String page,
			@Parameter(description = "Documents per page",
					schema = @Schema(type = "integer", minimum = "1", maximum = "200",
							defaultValue = "100")) @RequestParam(required = false) String size,
			@Parameter(hidden = true) HttpServletRequest request) {
		return ApiPaging
			.ok(ApiPaging.page(this.reader.summaries(EditorAccess.isEditor(request)), page, size, DOCUMENTS_PER_PAGE));
	}

	@GetMapping(path = "/api/documents/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One document with its passages in order, a page of passages at a time",
			description = "Each passage's `kind` is `heading`, `paragraph` or `boilerplate` (web-page leftovers, "
					+ "never linked or searched); `articles` are the articles it is linked to. `X-Total-Count` "
					+ "gives the number of passages and `Link` (RFC 8288) the first, previous, next and last pages.",
			responses = { @ApiResponse(responseCode = "200", description = "The document"),
					@ApiResponse(responseCode = "400", description = "page or size out of range",
							content = @Content(mediaType = "application/problem+json")),
					@ApiResponse(responseCode = "404", description = "No document has this slug",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<DocumentView> showDocument(
			@Parameter(description = "The document's slug", example = "crescent-jonkers",
					schema = @Schema(pattern = "[a-z0-9][a-z0-9-]*")) @PathVariable String slug,
			@Parameter(description = "The page of passages, from 1",
					schema = @Schema(type = "integer", minimum = "1", defaultValue = "1")) @RequestParam(
							required = false) String page,
			@Parameter(description = "Passages per page",
					schema = @Schema(type = "integer", minimum = "1", maximum = "200",
							defaultValue = "200")) @RequestParam(required = false) String size,
			@Parameter(hidden = true) HttpServletRequest request) {
		DocumentView document = this.reader.document(slug, EditorAccess.isEditor(request), this.site.base())
			.orElseThrow(() -> DocumentController.notFound(slug));
		ListPage<PassageView> passages = ApiPaging.page(document.passages(), page, size, DocumentPage.SIZE);
		return ResponseEntity.ok().headers(ApiPaging.headers(passages)).body(document.withPassages(passages.items()));
	}

}
