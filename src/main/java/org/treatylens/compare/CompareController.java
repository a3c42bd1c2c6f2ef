package org.treatylens.compare;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One article, one column per chosen source: {@code /compare?article=3&sources=a,b}. The
 * page's own GET form picks the article and the sources.
 */
@Controller
class CompareController {

	static final String VIEW = "compare/compare";

	private final ArticleCommentary commentary;

	CompareController(ArticleCommentary commentary) {
		this.commentary = commentary;
	}

	@GetMapping("/compare")
	String compare(@RequestParam(name = "article", defaultValue = "1") int number, HttpServletRequest request,
			Model model) {
		String base = ReadingDeskController.baseUrl();
		ArticleText article = ReadingDeskController.articleOrNotFound(this.commentary, number, base);
		List<SourceSummary> sources = this.commentary.sources();
		List<LinkedPassageView> linked = this.commentary.linked(article, sources, base);
		SourceSelection selection = SourceSelection.parse(request.getParameterValues("sources"),
				sources.stream().map(SourceSummary::slug).toList());
		if (!selection.explicit()) {
			// nothing chosen yet: the sources that have something to say on the article
			selection = SourceSelection.parse(
					linked.stream().map((p) -> p.source().slug()).distinct().toArray(String[]::new),
					sources.stream().map(SourceSummary::slug).toList());
		}
		List<SourceGroup> columns = new ArrayList<>();
		for (SourceSummary source : sources) {
			if (selection.shows(source.slug())) {
				columns.add(new SourceGroup(source,
						linked.stream().filter((p) -> p.source().slug().equals(source.slug())).toList()));
			}
		}
		model.addAttribute("article", article);
		model.addAttribute("articleCount", article.total());
		model.addAttribute("sources", sources);
		model.addAttribute("selection", selection);
		model.addAttribute("columns", columns);
		model.addAttribute("linksAvailable", this.commentary.linksAvailable());
		return VIEW;
	}

}
