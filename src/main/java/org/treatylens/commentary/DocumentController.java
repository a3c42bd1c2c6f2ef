package org.treatylens.commentary;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The list of sources and the reader of one source.
 */
@Controller
class DocumentController {

	private final DocumentReader reader;

	DocumentController(DocumentReader reader) {
		this.reader = reader;
	}

	@GetMapping("/documents")
	String listDocuments(Model model) {
		model.addAttribute("documents", this.reader.summaries());
		return "documents/list";
	}

	@GetMapping("/documents/{slug}")
	String showDocument(@PathVariable String slug, Model model) {
		model.addAttribute("document", this.reader.document(slug).orElseThrow(() -> notFound(slug)));
		return "documents/reader";
	}

	static ResponseStatusException notFound(String slug) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no document '" + slug + "'");
	}

}
