package org.treatylens.corpus;

import java.net.URI;
import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;

import org.treatylens.commentary.SourceDocument;
import org.treatylens.treaty.Treaty;

/**
 * The import API: multipart {@code file} plus, for a document, its metadata as request
 * parameters. An import answers 201 as soon as it is stored, with the job that links and
 * indexes it ({@code GET /api/import/jobs/{id}} follows it). A rejected import answers
 * 400 with a problem detail saying why, a slug already taken 409.
 */
@RestController
@Tag(name = "Import", description = "Add a commentary document or the treaty's full text (editors)")
class ImportApiController {

	private final CorpusImporter importer;

	private final CorpusJobs jobs;

	private final CorpusLimits limits;

	ImportApiController(CorpusImporter importer, CorpusJobs jobs, CorpusLimits limits) {
		this.importer = importer;
		this.jobs = jobs;
		this.limits = limits;
	}

	record ImportedDocument(String slug, String label, int passages, JobStatus job) {
	}

	record ImportedTreaty(String id, int articles, long present, JobStatus job) {
	}

	@PostMapping(path = "/api/import/documents", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import a commentary document with its metadata",
			description = "Multipart: the plain-text document in the part `file` (UTF-8, at most 10 MB), its "
					+ "metadata as fields: `slug` (required; lower-case letters, digits and hyphens), `label`, "
					+ "`title`, `subtitle`, `author`, `publisher`, `published` (`YYYY`, `YYYY-MM` or "
					+ "`YYYY-MM-DD`), `kind`. Blank fields are unknown. All or nothing: a rejected import "
					+ "changes nothing. Answers once stored, with the job that links and indexes it in the background.",
			responses = { @ApiResponse(responseCode = "201", description = "Imported; Location is the document"),
					@ApiResponse(responseCode = "400", description = "The file or the metadata is rejected, with why",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<ImportedDocument> importDocument(@ParameterObject @ModelAttribute DocumentUpload upload,
			@Parameter(
					description = "The document as plain text, at most 10 MB") @RequestParam("file") MultipartFile file,
			@Parameter(hidden = true) Principal principal) {
		Imported<SourceDocument> imported = this.importer.importDocument(upload.metadata(this.limits),
				Uploads.corpusFile(file), Actors.of(principal));
		SourceDocument document = imported.stored();
		return ResponseEntity.created(URI.create("/api/documents/" + document.getSlug()))
			.body(new ImportedDocument(document.getSlug(), document.getLabel(), document.getPassages().size(),
					JobStatus.of(imported.job())));
	}

	@PostMapping(path = "/api/import/treaty", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import the treaty's text (fills in missing articles)",
			description = "Multipart: the treaty in the corpus's plain-text format in the part `file` (at most "
					+ "10 MB). All or nothing.",
			responses = { @ApiResponse(responseCode = "201", description = "Imported"),
					@ApiResponse(responseCode = "400", description = "The file is rejected, with why",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<ImportedTreaty> importTreaty(
			@Parameter(description = "The treaty text, at most 10 MB") @RequestParam("file") MultipartFile file,
			@Parameter(hidden = true) Principal principal) {
		Imported<Treaty> imported = this.importer.importTreaty(Uploads.corpusFile(file), Actors.of(principal));
		Treaty treaty = imported.stored();
		long present = treaty.presentArticleCount();
		return ResponseEntity.created(URI.create("/api/articles"))
			.body(new ImportedTreaty(treaty.getSlug(), treaty.getArticlesTotal(), present,
					JobStatus.of(imported.job())));
	}

	/** Where a job is: pending, linked, searchable, or failed with its error. */
	@GetMapping(path = "/api/import/jobs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Where an import's background job is",
			description = "`pending`, `linked`, `searchable`, or `failed` with its error.",
			responses = { @ApiResponse(responseCode = "200", description = "The job's state"),
					@ApiResponse(responseCode = "404", description = "No such job",
							content = @Content(mediaType = "application/problem+json")) })
	JobStatus job(@PathVariable("id") long id) {
		return this.jobs.find(id)
			.map(JobStatus::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no job " + id + "."));
	}

	@ExceptionHandler(DocumentExistsException.class)
	ProblemDetail conflict(DocumentExistsException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler({ CorpusFormatException.class, ImportRejectedException.class, IllegalArgumentException.class,
			MissingServletRequestPartException.class, MissingServletRequestParameterException.class })
	ProblemDetail rejected(Exception ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
