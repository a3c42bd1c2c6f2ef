package org.treatylens.compare;

import jakarta.servlet.http.HttpServletRequest;

import org.treatylens.treaty.ArticleDiscussion;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.treatylens.system.SiteAddress;

/**
 * One article, one column per chosen source: {@code /compare?article=3&sources=a,b}. The
 * page's own GET form picks the article and the sources.
 */
@Controller
class CompareController {

	static final String VIEW = "compare/compare";

	private final ArticleCommentary commentary;

	private final ArticleDiscussion discussion;

	private final SiteAddress site;

	CompareController(ArticleCommentary commentary, ArticleDiscussion discussion, SiteAddress site) {
		this.commentary = commentary;
		this.discussion = discussion;
		this.site = site;
	}

	@GetMapping("/compare")
	String compare(@RequestParam(name = "article", required = false) Integer asked, HttpServletRequest request,
			Model model) {
		// no article asked for: the most discussed one, and the page says why it is shown
		int number = (asked != null) ? asked : this.discussion.mostDiscussed(1).stream().findFirst().orElse(1);
		model.addAttribute("chosenForYou", asked == null);
		ArticleReading reading = this.commentary.read(number, this.site.base());
		SourceSelection selection = SourceSelection.parse(request.getParameterValues("sources"), reading.slugs());
		if (!selection.explicit()) {
			// nothing chosen yet: the sources that have something to say on the article
			selection = SourceSelection.parse(
					reading.linked().stream().map((p) -> p.source().slug()).distinct().toArray(String[]::new),
					reading.slugs());
		}
		ArticleText article = reading.article();
		model.addAttribute("article", article);
		model.addAttribute("articleCount", article.total());
		model.addAttribute("sources", reading.sources());
		model.addAttribute("selection", selection);
		// one column per chosen source, empty ones included: "nothing in this source" is
		// an answer
		model.addAttribute("columns",
				reading.groups(selection, null)
					.stream()
					.map((g) -> new SourceGroup(g.source(), DeskCommentary.listsLast(g.passages())))
					.toList());
		model.addAttribute("linksAvailable", reading.linksAvailable());
		model.addAttribute("discussed", !reading.linked().isEmpty());
		return VIEW;
	}

}
