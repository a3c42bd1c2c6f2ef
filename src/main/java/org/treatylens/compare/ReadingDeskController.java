package org.treatylens.compare;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.treatylens.linking.ArticleLinks;
import org.treatylens.system.ListPage;
import org.treatylens.system.SiteAddress;
import org.treatylens.system.EchoedInput;

/**
 * The reading desk: an article's text beside the commentary linked to it, grouped by
 * source. Which sources show ({@code ?sources=}) and which paragraph the commentary is
 * narrowed to ({@code ?para=}) live in the URL, so a view can be shared and works without
 * JavaScript. The chosen sources are shown {@value #SOURCES_PER_PAGE} a page
 * ({@code ?sourcePage=}), each with its strongest passages.
 */
@Controller
class ReadingDeskController {

	static final String VIEW = "compare/article";

	/** Sources whose passages a page of the desk shows. */
	static final int SOURCES_PER_PAGE = 20;

	/** Sources that say most about the article, offered as switches on every page. */
	static final int TOGGLES = 20;

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
			@RequestParam(name = "page", required = false) String page,
			@RequestParam(name = "sourcePage", required = false) String sourcePage, HttpServletRequest request,
			Model model) {
		ArticleText article = this.commentary.text(number, this.site.base());
		List<SourceSummary> sources = this.commentary.sources();
		SourceSelection selection = SourceSelection.parse(request.getParameterValues("sources"),
				request.getParameterValues("without"), sources.stream().map(SourceSummary::slug).toList());
		// read by hand so that "?para=x" gets the article with a notice, like a number it
		// does not have
		Integer asked = (para != null && para.strip().matches("\\d{1,6}")) ? Integer.valueOf(para.strip()) : null;
		boolean known = asked != null && article.paragraphs().stream().anyMatch((p) -> p.number() == asked);
		Integer paragraph = known ? asked : null;
		// one grouped query: the toggles count what they would show (the passages on the
		// chosen paragraph, if any)
		Map<String, ArticleLinks.SourceCount> perSource = this.commentary.counts(number, paragraph);
		Map<String, Long> counts = new LinkedHashMap<>();
		sources.forEach((s) -> counts.put(s.slug(), onDesk(perSource.get(s.slug()), paragraph)));
		// the chosen sources with something to show, those that say most about the
		// article first (the source list's order among equals), a page of them at a
		// time; of each, its strongest few (or a page of all of them: ?more=slug&page=)
		List<SourceSummary> discussing = sources.stream()
			.filter((s) -> perSource.containsKey(s.slug()))
			.sorted(Comparator.comparing((SourceSummary s) -> counts.get(s.slug())).reversed())
			.toList();
		ListPage<SourceSummary> shownSources = ListPage.of(
				discussing.stream().filter((s) -> selection.shows(s.slug()) && counts.get(s.slug()) > 0).toList(),
				ListPage.number(sourcePage), SOURCES_PER_PAGE);
		int morePage = ListPage.number(page);
		Map<String, Integer> wanted = new LinkedHashMap<>();
		shownSources.items()
			.forEach((s) -> wanted.put(s.slug(),
					s.slug().equals(more) ? morePage * DeskGroup.PAGE : DeskGroup.STRONGEST));
		ArticleCommentary.DeskSlice slice = this.commentary.strongest(article, this.site.base(), paragraph, wanted);
		DeskCommentary desk = DeskCommentary.arrange(slice.reading(), selection, paragraph, perSource.keySet());
		List<DeskGroup> groups = desk.groups().stream().map((g) -> {
			String slug = g.source().slug();
			long folded = desk.verbatim()
				.stream()
				.flatMap((v) -> v.passages().stream())
				.filter((p) -> p.source().slug().equals(slug))
				.count();
			// a quote beyond what was read is counted until it is read and folded
			long total = slice.complete().contains(slug) ? g.passages().size() : counts.get(slug) - folded;
			return DeskGroup.of(g.source(), g.passages(), total, more, morePage);
		}).toList();
		model.addAttribute("article", article);
		model.addAttribute("sources", sources);
		model.addAttribute("counts", counts);
		model.addAttribute("selection", selection);
		model.addAttribute("paragraph", paragraph);
		// a paragraph the article does not have is said, not silently dropped
		model.addAttribute("unknownParagraph",
				(para != null && !para.isBlank() && !known) ? EchoedInput.of(para) : null);
		model.addAttribute("desk", desk);
		List<SourceSummary> toggles = toggles(sources, discussing, shownSources.items(), selection);
		model.addAttribute("toggles", toggles);
		// the switches left for the pages of sources that show them
		model.addAttribute("togglesElsewhere", discussing.size() - toggles.size());
		model.addAttribute("groups", groups);
		model.addAttribute("sourcePage", shownSources);
		model.addAttribute("shown",
				groups.stream().mapToInt((g) -> g.passages().items().size()).sum() + desk.verbatimCount());
		model.addAttribute("linkedTotal",
				perSource.values().stream().mapToLong(ArticleLinks.SourceCount::passages).sum());
		model.addAttribute("urls", new DeskUrls(number, selection, paragraph, shownSources.number()));
		model.addAttribute("linksAvailable", this.commentary.linksAvailable());
		// the passages' accept/reject forms name the article they judge the link to
		model.addAttribute("articleNumber", number);
		return VIEW;
	}

	/**
	 * The sources offered as switches, in the sources' order: of those that discuss the
	 * article, the {@value #TOGGLES} that say most, those shown on this page, and those
	 * the reader switched off ({@code ?without=}); never one per source of a corpus of
	 * thousands. The others get theirs on the page of sources that shows them.
	 */
	static List<SourceSummary> toggles(List<SourceSummary> sources, List<SourceSummary> discussing,
			List<SourceSummary> shown, SourceSelection selection) {
		Set<String> offered = new HashSet<>();
		discussing.stream().limit(TOGGLES).forEach((s) -> offered.add(s.slug()));
		shown.forEach((s) -> offered.add(s.slug()));
		if (selection.explicit() && !selection.listed()) {
			discussing.stream().filter((s) -> !selection.shows(s.slug())).forEach((s) -> offered.add(s.slug()));
		}
		return sources.stream().filter((s) -> offered.contains(s.slug())).toList();
	}

	private static long onDesk(ArticleLinks.SourceCount count, Integer paragraph) {
		if (count == null) {
			return 0;
		}
		return (paragraph == null) ? count.passages() : count.onParagraph();
	}

}
