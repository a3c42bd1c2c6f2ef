package org.treatylens.commentary;

import jakarta.servlet.http.HttpServletRequest;

import org.treatylens.system.ListPage;
import org.treatylens.system.SiteAddress;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The list of sources, the reader of one source, and passage permalinks.
 */
@Controller
class DocumentController {

	static final int SOURCES_PER_PAGE = 50;

	private final DocumentReader reader;

	private final SiteAddress site;

	DocumentController(DocumentReader reader, SiteAddress site) {
		this.reader = reader;
		this.site = site;
	}

	// a page of the source list ({@code ?page=}), however many sources there are
	@GetMapping("/documents")
	String listDocuments(@RequestParam(name = "page", required = false) String page, HttpServletRequest request,
			Model model) {
		ListPage<DocumentSummary> documents = ListPage.of(this.reader.summaries(EditorAccess.isEditor(request)),
				ListPage.number(page), SOURCES_PER_PAGE);
		model.addAttribute("listing", documents);
		model.addAttribute("documents", documents.items());
		model.addAttribute("articles",
				this.reader.articlesDiscussed(documents.items().stream().map(DocumentSummary::slug).toList()));
		return "documents/list";
	}

	// a long document is read a page at a time ({@code ?page=}); its contents link across
	@GetMapping("/documents/{slug}")
	String showDocument(@PathVariable String slug, @RequestParam(name = "page", required = false) String page,
			HttpServletRequest request, Model model) {
		boolean editor = EditorAccess.isEditor(request);
		DocumentView document = this.reader.document(slug, editor, this.site.base()).orElseThrow(() -> notFound(slug));
		model.addAttribute("document", document);
		model.addAttribute("reading", DocumentPage.of(document, ListPage.number(page)));
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
