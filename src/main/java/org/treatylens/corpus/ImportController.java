package org.treatylens.corpus;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import org.treatylens.commentary.SourceDocument;
import org.treatylens.treaty.Treaty;

/**
 * The import page: upload a commentary document with its metadata, or a treaty text. A
 * rejected upload shows the page again with the reason and the values entered.
 */
@Controller
class ImportController {

	private static final String VIEW = "import/form";

	private final CorpusImporter importer;

	private final CorpusLimits limits;

	ImportController(CorpusImporter importer, CorpusLimits limits) {
		this.importer = importer;
		this.limits = limits;
	}

	@GetMapping("/import")
	String showForm(Model model) {
		model.addAttribute("upload", DocumentUpload.empty());
		return VIEW;
	}

	// the form posts to these; reaching them by GET (reloading from the address bar, a
	// bookmark) goes back to the form rather than to "Method Not Allowed"
	@GetMapping({ "/import/document", "/import/treaty" })
	String backToForm() {
		return "redirect:/import";
	}

	@PostMapping("/import/document")
	String importDocument(@ModelAttribute("upload") DocumentUpload upload,
			@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Imported<SourceDocument> imported = this.importer.importDocument(upload.metadata(this.limits),
					Uploads.corpusFile(file), Actors.of(principal));
			SourceDocument document = imported.stored();
			redirect.addFlashAttribute("imported", "Imported “" + document.getLabel() + "”: "
					+ document.getPassages().size() + " passages. " + JobStatus.of(imported.job()).sentence());
			return "redirect:/documents/" + document.getSlug();
		}
		catch (DocumentExistsException ex) {
			return rejected(model, response, HttpStatus.CONFLICT, "documentError", ex);
		}
		catch (CorpusFormatException | ImportRejectedException | IllegalArgumentException ex) {
			model.addAttribute("upload", upload.clipped(this.limits));
			return rejected(model, response, HttpStatus.BAD_REQUEST, "documentError", ex);
		}
	}

	@PostMapping("/import/treaty")
	String importTreaty(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Imported<Treaty> imported = this.importer.importTreaty(Uploads.corpusFile(file), Actors.of(principal));
			Treaty treaty = imported.stored();
			long present = treaty.presentArticleCount();
			redirect.addFlashAttribute("imported", "Imported the treaty text: " + present + " of "
					+ treaty.getArticlesTotal() + " articles have text. " + JobStatus.of(imported.job()).sentence());
			return "redirect:/";
		}
		catch (DocumentExistsException ex) {
			model.addAttribute("upload", DocumentUpload.empty());
			return rejected(model, response, HttpStatus.CONFLICT, "treatyError", ex);
		}
		catch (CorpusFormatException | ImportRejectedException | IllegalArgumentException ex) {
			model.addAttribute("upload", DocumentUpload.empty());
			return rejected(model, response, HttpStatus.BAD_REQUEST, "treatyError", ex);
		}
	}

	private static String rejected(Model model, HttpServletResponse response, HttpStatus status, String attribute,
			RuntimeException ex) {
		response.setStatus(status.value());
		model.addAttribute(attribute, ex.getMessage());
		return VIEW;
	}

}
