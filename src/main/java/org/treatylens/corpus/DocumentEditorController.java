package org.treatylens.corpus;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.treatylens.commentary.SourceDocument;

/**
 * The editor's page of one document ({@code /editor/documents/{slug}}): edit its
 * metadata, replace its text, hide it from readers or show it again, delete it after a
 * confirmation that says what goes with it. A rejected change shows the page again with
 * the reason and the values entered.
 */
@Controller
class DocumentEditorController {

	static final String VIEW = "editor/document";

	static final String CONFIRM_DELETE = "editor/delete";

	private final DocumentCuration curation;

	private final CorpusLimits limits;

	DocumentEditorController(DocumentCuration curation, CorpusLimits limits) {
		this.curation = curation;
		this.limits = limits;
	}

	@GetMapping("/editor/documents/{slug}")
	String showEditor(@PathVariable String slug, Model model) {
		model.addAttribute("form", DocumentUpload.of(this.curation.metadata(slug)));
		return editor(slug, model);
	}

	@PostMapping("/editor/documents/{slug}")
	String processEdit(@PathVariable String slug, @ModelAttribute("form") DocumentUpload form, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			DocumentUpload fixed = new DocumentUpload(slug, form.label(), form.title(), form.subtitle(), form.author(),
					form.publisher(), form.published(), form.kind(), form.notes(), form.originalUrl(), form.language(),
					form.accessed());
			this.curation.edit(slug, fixed.metadata(this.limits), Actors.of(principal));
			redirect.addFlashAttribute("imported", "Saved the metadata.");
			return "redirect:/documents/" + slug;
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("form", form.clipped(this.limits));
			model.addAttribute("metadataError", ex.getMessage());
			return editor(slug, model);
		}
	}

	@PostMapping("/editor/documents/{slug}/text")
	String processNewText(@PathVariable String slug, @RequestParam(name = "file", required = false) MultipartFile file,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			SourceDocument document = this.curation.replaceText(slug, Uploads.corpusFile(file), Actors.of(principal));
			redirect.addFlashAttribute("imported", "Stored version " + document.getVersion() + " of the text: "
					+ document.getPassages().size() + " passages.");
			return "redirect:/documents/" + slug;
		}
		catch (CorpusFormatException | IllegalArgumentException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("form", DocumentUpload.of(this.curation.metadata(slug)));
			model.addAttribute("textError", ex.getMessage());
			return editor(slug, model);
		}
	}

	@PostMapping("/editor/documents/{slug}/hide")
	String hide(@PathVariable String slug, Principal principal, RedirectAttributes redirect) {
		this.curation.hide(slug, Actors.of(principal));
		redirect.addFlashAttribute("imported", "Hidden from readers. Only an editor sees it, and can show it again.");
		return "redirect:/documents/" + slug;
	}

	@PostMapping("/editor/documents/{slug}/show")
	String show(@PathVariable String slug, Principal principal, RedirectAttributes redirect) {
		this.curation.show(slug, Actors.of(principal));
		redirect.addFlashAttribute("imported", "Shown to readers again.");
		return "redirect:/documents/" + slug;
	}

	@GetMapping("/editor/documents/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		model.addAttribute("impact", this.curation.impact(slug));
		return CONFIRM_DELETE;
	}

	@PostMapping("/editor/documents/{slug}/delete")
	String processDelete(@PathVariable String slug, Principal principal, RedirectAttributes redirect) {
		DocumentCuration.Impact impact = this.curation.delete(slug, Actors.of(principal));
		redirect.addFlashAttribute("deleted", "Deleted \u201c" + impact.label() + "\u201d with its " + impact.passages()
				+ " passages and " + impact.links() + " links. Its history stays at /documents/" + slug + "/history.");
		return "redirect:/documents";
	}

	private String editor(String slug, Model model) {
		model.addAttribute("slug", slug);
		model.addAttribute("impact", this.curation.impact(slug));
		model.addAttribute("document", this.curation.document(slug));
		return VIEW;
	}

}
