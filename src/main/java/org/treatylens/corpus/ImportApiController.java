package org.treatylens.corpus;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
class ImportApiController {

	private final CorpusImporter importer;

	private final CorpusJobs jobs;

	ImportApiController(CorpusImporter importer, CorpusJobs jobs) {
		this.importer = importer;
		this.jobs = jobs;
	}

	record ImportedDocument(String slug, String label, int passages, JobStatus job) {
	}

	record ImportedTreaty(String id, int articles, long present, JobStatus job) {
	}

	@PostMapping("/api/import/documents")
	ResponseEntity<ImportedDocument> importDocument(@ModelAttribute DocumentUpload upload,
			@RequestParam("file") MultipartFile file) {
		Imported<SourceDocument> imported = this.importer.importDocument(upload.metadata(), Uploads.corpusFile(file));
		SourceDocument document = imported.stored();
		return ResponseEntity.created(URI.create("/api/documents/" + document.getSlug()))
			.body(new ImportedDocument(document.getSlug(), document.getLabel(), document.getPassages().size(),
					JobStatus.of(imported.job())));
	}

	@PostMapping("/api/import/treaty")
	ResponseEntity<ImportedTreaty> importTreaty(@RequestParam("file") MultipartFile file) {
		Imported<Treaty> imported = this.importer.importTreaty(Uploads.corpusFile(file));
		Treaty treaty = imported.stored();
		long present = treaty.presentArticleCount();
		return ResponseEntity.created(URI.create("/api/articles"))
			.body(new ImportedTreaty(treaty.getSlug(), treaty.getArticlesTotal(), present,
					JobStatus.of(imported.job())));
	}

	/** Where a job is: pending, linked, searchable, or failed with its error. */
	@GetMapping("/api/import/jobs/{id}")
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
