package org.treatylens.compare;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.treatylens.system.ListPage;
import org.treatylens.system.SiteAddress;

/**
 * The reading desk: an article's text beside the commentary linked to it, grouped by
 * source. Which sources show ({@code ?sources=}) and which paragraph the commentary is
 * narrowed to ({@code ?para=}) live in the URL, so a view can be shared and works without
 * JavaScript.
 */
@Controller
class ReadingDeskController {

	static final String VIEW = "compare/article";

	private final ArticleCommentary commentary;

	private final SiteAddress site;

	ReadingDeskController(ArticleCommentary commentary, SiteAddress site) {
		this.commentary = commentary;
		this.site = site;
	}

	// digits only: anything else is no article and gets the 404 page
	@GetMapping("/articles/{number:\\d{1,6}}")
	String showArticle(@PathVariable int number, @RequestParam(name = "para", required = false) String para,
			@RequestParam(name = "more", required = false) String more,
			@RequestParam(name = "page", required = false) String page, HttpServletRequest request, Model model) {
		ArticleReading reading = this.commentary.read(number, this.site.base());
		ArticleText article = reading.article();
		SourceSelection selection = SourceSelection.parse(request.getParameterValues("sources"), reading.slugs());
		// read by hand so that "?para=x" gets the article with a notice, like a number it
		// does not have
		Integer asked = (para != null && para.strip().matches("\\d{1,6}")) ? Integer.valueOf(para.strip()) : null;
		boolean known = asked != null && article.paragraphs().stream().anyMatch((p) -> p.number() == asked);
		Integer paragraph = known ? asked : null;
		// the toggles count what they would show: the passages on the chosen paragraph,
		// if any
		Map<String, Long> counts = new LinkedHashMap<>();
		reading.sources()
			.forEach((s) -> counts.put(s.slug(),
					reading.linked()
						.stream()
						.filter((p) -> p.source().slug().equals(s.slug()))
						.filter((p) -> paragraph == null || p.discussesParagraph(paragraph))
						.count()));
		DeskCommentary desk = DeskCommentary.arrange(reading, selection, paragraph);
		model.addAttribute("article", article);
		model.addAttribute("sources", reading.sources());
		model.addAttribute("counts", counts);
		model.addAttribute("selection", selection);
		model.addAttribute("paragraph", paragraph);
		// a paragraph the article does not have is said, not silently dropped
		model.addAttribute("unknownParagraph", (para != null && !para.isBlank() && !known) ? para.strip() : null);
		model.addAttribute("desk", desk);
		// each source's strongest few, or a page of all of one source's
		// (?more=slug&page=)
		model.addAttribute("groups",
				desk.groups().stream().map((g) -> DeskGroup.of(g, more, ListPage.number(page))).toList());
		model.addAttribute("shown",
				desk.groups().stream().mapToInt((g) -> g.passages().size()).sum() + desk.verbatimCount());
		model.addAttribute("linkedTotal", reading.linked().size());
		model.addAttribute("urls", new DeskUrls(number, selection, paragraph));
		model.addAttribute("linksAvailable", reading.linksAvailable());
		// the passages' accept/reject forms name the article they judge the link to
		model.addAttribute("articleNumber", number);
		return VIEW;
	}

}
