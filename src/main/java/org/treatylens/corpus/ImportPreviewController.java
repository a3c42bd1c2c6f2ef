package org.treatylens.corpus;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.treatylens.commentary.SourceDocument;

/**
 * Import with a preview: the upload is parsed and linked in memory and shown (passages,
 * the links they would get); nothing is stored until the editor confirms. The preview
 * page carries the text in the confirming form, so the server keeps nothing in between.
 */
@Controller
class ImportPreviewController {

	static final String VIEW = "import/preview";

	private final ImportPreview preview;

	private final CorpusImporter importer;

	private final CorpusLimits limits;

	ImportPreviewController(ImportPreview preview, CorpusImporter importer, CorpusLimits limits) {
		this.preview = preview;
		this.importer = importer;
		this.limits = limits;
	}

	@PostMapping("/import/document/preview")
	String previewImport(@ModelAttribute("upload") DocumentUpload upload,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) {
		try {
			CorpusFile corpusFile = Uploads.corpusFile(file);
			model.addAttribute("preview", this.preview.preview(upload.metadata(this.limits), corpusFile));
			// not "content": the layout's fragment parameter of that name would hide it
			model.addAttribute("uploadedText", corpusFile.text());
			return VIEW;
		}
		catch (CorpusFormatException | ImportRejectedException | IllegalArgumentException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("upload", upload.clipped(this.limits));
			model.addAttribute("documentError", ex.getMessage());
			return "import/form";
		}
	}

	@PostMapping("/import/document/confirm")
	String confirmImport(@ModelAttribute("upload") DocumentUpload upload, @RequestParam String content,
			@RequestParam String fileName, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			Imported<SourceDocument> imported = this.importer.importDocument(upload.metadata(this.limits),
					CorpusFile.of(fileName, content), Actors.of(principal));
			SourceDocument document = imported.stored();
			redirect.addFlashAttribute("imported", "Imported \u201c" + document.getLabel() + "\u201d: "
					+ document.getPassages().size() + " passages. " + JobStatus.of(imported.job()).sentence());
			return "redirect:/documents/" + document.getSlug();
		}
		catch (CorpusFormatException | ImportRejectedException | IllegalArgumentException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("upload", upload.clipped(this.limits));
			model.addAttribute("documentError", ex.getMessage());
			return "import/form";
		}
	}

}
