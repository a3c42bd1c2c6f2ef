package org.treatylens.commentary;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The list of sources, the reader of one source, and passage permalinks.
 */
@Controller
class DocumentController {

	private final DocumentReader reader;

	DocumentController(DocumentReader reader) {
		this.reader = reader;
	}

	@GetMapping("/documents")
	String listDocuments(HttpServletRequest request, Model model) {
		model.addAttribute("documents", this.reader.summaries(EditorAccess.isEditor(request)));
		model.addAttribute("articles", this.reader.articlesDiscussed());
		return "documents/list";
	}

	@GetMapping("/documents/{slug}")
	String showDocument(@PathVariable String slug, HttpServletRequest request, Model model) {
		boolean editor = EditorAccess.isEditor(request);
		model.addAttribute("document",
				this.reader.document(slug, editor, EditorAccess.baseUrl()).orElseThrow(() -> notFound(slug)));
		return "documents/reader";
	}

	/**
	 * A passage's permalink: it follows the passage into later versions of its document's
	 * text (an unchanged passage keeps its id while its number may change), where an
	 * anchor like {@code #p-12} would point at whatever is twelfth now.
	 */
	@GetMapping("/passages/{id:\\d{1,18}}")
	String showPassage(@PathVariable long id, HttpServletRequest request) {
		return "redirect:" + this.reader.passageLocation(id, EditorAccess.isEditor(request))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no passage " + id
					+ " any more: the text of its document was replaced without it, or the document was deleted."));
	}

	static ResponseStatusException notFound(String slug) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no document '" + slug + "'");
	}

}
