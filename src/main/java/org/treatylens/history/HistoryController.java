package org.treatylens.history;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The history pages, {@code /documents/{slug}/history} and {@code /articles/{n}/history},
 * and their JSON under {@code /api/}. A deleted document's history stays readable: the
 * record is all that is left of it.
 */
@Controller
class HistoryController {

	static final String VIEW = "history/list";

	private final ChangeHistory history;

	HistoryController(ChangeHistory history) {
		this.history = history;
	}

	@GetMapping("/documents/{slug}/history")
	String showDocumentHistory(@PathVariable String slug, Model model) {
		model.addAttribute("heading", "History of the document \u201c" + slug + "\u201d");
		model.addAttribute("back", "/documents/" + slug);
		model.addAttribute("changes", this.history.forDocument(slug));
		return VIEW;
	}

	@GetMapping("/articles/{number:\\d{1,6}}/history")
	String showArticleHistory(@PathVariable int number, Model model) {
		model.addAttribute("heading", "History of the links to Article " + number);
		model.addAttribute("back", "/articles/" + number);
		model.addAttribute("changes", this.history.forArticle(number));
		return VIEW;
	}

	@GetMapping("/api/documents/{slug}/history")
	@Operation(summary = "What editors changed on a document, newest first")
	@ResponseBody
	List<Change> documentHistory(@PathVariable String slug) {
		return this.history.forDocument(slug);
	}

	// no {1,6} quantifier in the pattern: the OpenAPI description would keep its braces
	@GetMapping("/api/articles/{number:\\d+}/history")
	@Operation(summary = "What editors changed on an article's links, newest first")
	@ResponseBody
	List<Change> articleHistory(@PathVariable int number) {
		return this.history.forArticle(number);
	}

}
