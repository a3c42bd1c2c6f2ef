package org.treatylens.corpus;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import org.treatylens.commentary.SourceDocument;
import org.treatylens.treaty.Treaty;

/**
 * The import API: multipart {@code file} plus, for a document, its metadata as request
 * parameters. A rejected import answers 400 with a problem detail saying why.
 */
@RestController
class ImportApiController {

	private final CorpusImporter importer;

	ImportApiController(CorpusImporter importer) {
		this.importer = importer;
	}

	record ImportedDocument(String slug, String label, int passages) {
	}

	record ImportedTreaty(String id, int articles, long present) {
	}

	@PostMapping("/api/import/documents")
	ResponseEntity<ImportedDocument> importDocument(@ModelAttribute DocumentUpload upload,
			@RequestParam("file") MultipartFile file) {
		SourceDocument document = this.importer.importDocument(upload.metadata(), Uploads.corpusFile(file));
		return ResponseEntity.created(URI.create("/api/documents/" + document.getSlug()))
			.body(new ImportedDocument(document.getSlug(), document.getLabel(), document.getPassages().size()));
	}

	@PostMapping("/api/import/treaty")
	ResponseEntity<ImportedTreaty> importTreaty(@RequestParam("file") MultipartFile file) {
		Treaty treaty = this.importer.importTreaty(Uploads.corpusFile(file));
		long present = treaty.presentArticleCount();
		return ResponseEntity.created(URI.create("/api/articles"))
			.body(new ImportedTreaty(treaty.getSlug(), treaty.getArticlesTotal(), present));
	}

	@ExceptionHandler({ CorpusFormatException.class, ImportRejectedException.class, IllegalArgumentException.class,
			MissingServletRequestPartException.class, MissingServletRequestParameterException.class })
	ProblemDetail rejected(Exception ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
