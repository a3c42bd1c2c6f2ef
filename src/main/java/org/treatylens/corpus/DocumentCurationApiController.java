package org.treatylens.corpus;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import org.treatylens.commentary.SourceDocument;

/**
 * The editors' document API: {@code PATCH /api/documents/{slug}} (metadata, and
 * {@code hidden}), {@code PUT /api/documents/{slug}/text} (a new version), {@code DELETE
 * /api/documents/{slug}} and {@code POST /api/import/documents/preview}. Writes need the
 * editor role (the security rules see to it); a bad request answers 400 with what is
 * wrong.
 */
@RestController
class DocumentCurationApiController {

	/** The fields {@code PATCH} may give; {@code slug} only unchanged. */
	static final Set<String> FIELDS = Set.of("slug", "label", "title", "subtitle", "author", "publisher", "published",
			"kind", "notes", "originalUrl", "language", "accessed", "hidden");

	private final DocumentCuration curation;

	private final ImportPreview preview;

	private final CorpusLimits limits;

	DocumentCurationApiController(DocumentCuration curation, ImportPreview preview, CorpusLimits limits) {
		this.curation = curation;
		this.preview = preview;
		this.limits = limits;
	}

	record Stored(String slug, String label, int version, int passages) {

		static Stored of(SourceDocument document) {
			return new Stored(document.getSlug(), document.getLabel(), document.getVersion(),
					document.getPassages().size());
		}

	}

	/**
	 * Changes the fields the body gives (a null value makes a field unknown) and leaves
	 * the others; {@code "hidden": true/false} hides the document from readers or shows
	 * it again.
	 */
	@PatchMapping(path = "/api/documents/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a document's metadata, or hide or show it (editors)",
			description = "A JSON object with the fields to change; a null value makes a field unknown; "
					+ "`hidden`: true or false. An unknown field is a 400.")
	Stored editDocument(@PathVariable String slug, @RequestBody Map<String, Object> changes, Principal principal) {
		List<String> unknown = changes.keySet().stream().filter((k) -> !FIELDS.contains(k)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Unknown field(s) " + unknown + "; a document's metadata has " + FIELDS.stream().sorted().toList());
		}
		String actor = Actors.of(principal);
		Object hidden = changes.get("hidden");
		if (changes.containsKey("hidden") && !(hidden instanceof Boolean)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'hidden' is true or false");
		}
		if (changes.keySet().stream().anyMatch((k) -> !k.equals("hidden"))) {
			DocumentUpload patched = MetadataPatch.apply(this.curation.metadata(slug), changes);
			badRequestOn(() -> this.curation.edit(slug, patched.metadata(this.limits), actor));
		}
		if (Boolean.TRUE.equals(hidden)) {
			this.curation.hide(slug, actor);
		}
		else if (Boolean.FALSE.equals(hidden)) {
			this.curation.show(slug, actor);
		}
		return Stored.of(this.curation.document(slug));
	}

	@PutMapping(path = "/api/documents/{slug}/text", consumes = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "Replace a document's text (editors)",
			description = "The new text as text/plain or as a multipart `file` (at most 10 MB); all or nothing.")
	Stored replaceText(@PathVariable String slug, @RequestBody String text,
			@RequestParam(name = "fileName", defaultValue = "") String fileName, Principal principal) {
		String name = fileName.isBlank() ? slug + ".txt" : fileName;
		return Stored
			.of(badRequestOn(() -> this.curation.replaceText(slug, CorpusFile.of(name, text), Actors.of(principal))));
	}

	@PutMapping(path = "/api/documents/{slug}/text", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Replace a document's text (editors)",
			description = "The new text as text/plain or as a multipart `file` (at most 10 MB); all or nothing.")
	Stored replaceTextFromFile(@PathVariable String slug, @RequestParam("file") MultipartFile file,
			Principal principal) {
		return Stored
			.of(badRequestOn(() -> this.curation.replaceText(slug, Uploads.corpusFile(file), Actors.of(principal))));
	}

	@DeleteMapping("/api/documents/{slug}")
	@Operation(summary = "Delete a document with its passages and links (editors)")
	ResponseEntity<Void> deleteDocument(@PathVariable String slug, Principal principal) {
		this.curation.delete(slug, Actors.of(principal));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/import/documents/preview")
	@Operation(summary = "Preview an import: what would be stored and linked, storing nothing (editors)")
	ImportPreview.Result previewImport(@ModelAttribute DocumentUpload upload,
			@RequestParam("file") MultipartFile file) {
		return badRequestOn(() -> this.preview.preview(upload.metadata(this.limits), Uploads.corpusFile(file)));
	}

	/**
	 * Runs a change whose input may be bad (a malformed file, a bad date): that is the
	 * client's mistake, a 400 that says what, not a 500.
	 */
	static <T> T badRequestOn(Supplier<T> change) {
		try {
			return change.get();
		}
		catch (CorpusFormatException | ImportRejectedException | IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage(), ex);
		}
	}

}
