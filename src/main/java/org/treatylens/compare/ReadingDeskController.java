package org.treatylens.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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

	ReadingDeskController(ArticleCommentary commentary) {
		this.commentary = commentary;
	}

	// digits only: anything else is no article and gets the 404 page
	@GetMapping("/articles/{number:\\d{1,6}}")
	String showArticle(@PathVariable int number, @RequestParam(name = "para", required = false) Integer para,
			HttpServletRequest request, Model model) {
		String base = baseUrl();
		ArticleText article = articleOrNotFound(this.commentary, number, base);
		List<SourceSummary> sources = this.commentary.sources();
		SourceSelection selection = SourceSelection.parse(request.getParameterValues("sources"),
				sources.stream().map(SourceSummary::slug).toList());
		Integer paragraph = (para != null && article.paragraphs().stream().anyMatch((p) -> p.number() == para)) ? para
				: null;
		List<LinkedPassageView> linked = this.commentary.linked(article, sources, base);
		Map<String, Long> counts = new LinkedHashMap<>();
		sources.forEach(
				(s) -> counts.put(s.slug(), linked.stream().filter((p) -> p.source().slug().equals(s.slug())).count()));
		List<SourceGroup> groups = ArticleCommentary.group(linked, sources, selection, paragraph);
		model.addAttribute("article", article);
		model.addAttribute("sources", sources);
		model.addAttribute("counts", counts);
		model.addAttribute("selection", selection);
		model.addAttribute("paragraph", paragraph);
		model.addAttribute("groups", groups);
		model.addAttribute("shown", groups.stream().mapToInt((g) -> g.passages().size()).sum());
		model.addAttribute("linkedTotal", linked.size());
		model.addAttribute("urls", new DeskUrls(number, selection, paragraph));
		model.addAttribute("linksAvailable", this.commentary.linksAvailable());
		return VIEW;
	}

	static ArticleText articleOrNotFound(ArticleCommentary commentary, int number, String base) {
		return commentary.article(number, base)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"The treaty has no Article " + number + "."));
	}

	static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
