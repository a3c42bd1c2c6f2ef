package org.treatylens.compare;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.treatylens.linking.ArticleLinks;
import org.treatylens.treaty.ArticleDiscussion;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.treatylens.system.ListPage;
import org.treatylens.system.SiteAddress;

/**
 * One article, one column per chosen source: {@code /compare?article=3&sources=a,b}. The
 * page's own GET form picks the article and the sources. A column shows its source's
 * {@value CompareColumn#SIZE} strongest passages and links the rest on the reading desk.
 */
@Controller
class CompareController {

	static final String VIEW = "compare/compare";

	/** Columns shown before the reader picks sources: the sources that say most. */
	static final int DEFAULT_COLUMNS = 6;

	/**
	 * Sources the picker offers beside the chosen ones: those that discuss the article,
	 * most first, a page at a time ({@code ?picker=}), never every source of the corpus.
	 */
	static final int PICKER = 30;

	/**
	 * The compare view of an article with the {@code sources} given (comma-separated), or
	 * with those that say most when {@code sources} is null.
	 */
	static UriComponentsBuilder address(int article, String sources) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/compare").queryParam("article", article);
		if (sources != null) {
			uri.queryParam("sources", sources);
		}
		return uri;
	}

	/** The picker's other pages, the article and the chosen sources kept. */
	record PickerUrls(int article, String sources) {

		public String page(int number) {
			UriComponentsBuilder uri = address(this.article, this.sources);
			if (number > 1) {
				uri.queryParam("picker", number);
			}
			return uri.build().encode().toUriString();
		}

	}

	private final ArticleCommentary commentary;

	private final ArticleDiscussion discussion;

	private final SiteAddress site;

	CompareController(ArticleCommentary commentary, ArticleDiscussion discussion, SiteAddress site) {
		this.commentary = commentary;
		this.discussion = discussion;
		this.site = site;
	}

	@GetMapping("/compare")
	String compare(@RequestParam(name = "article", required = false) Integer asked,
			@RequestParam(name = "picker", required = false) String pickerPage, HttpServletRequest request,
			Model model) {
		// no article asked for: the most discussed one, and the page says why it is shown
		int number = (asked != null) ? asked : this.discussion.mostDiscussed(1).stream().findFirst().orElse(1);
		model.addAttribute("chosenForYou", asked == null);
		ArticleText article = this.commentary.text(number, this.site.base());
		List<SourceSummary> sources = this.commentary.sources();
		List<String> slugs = sources.stream().map(SourceSummary::slug).toList();
		// one grouped query: which sources discuss the article, and how much
		Map<String, ArticleLinks.SourceCount> perSource = this.commentary.counts(number, null);
		SourceSelection selection = SourceSelection.parse(request.getParameterValues("sources"), slugs);
		boolean explicit = selection.explicit();
		if (!explicit) {
			// nothing chosen yet: the sources that say most on the article, a few columns
			selection = SourceSelection.parse(perSource.values()
				.stream()
				.sorted(Comparator.comparingInt(ArticleLinks.SourceCount::passages).reversed())
				.limit(DEFAULT_COLUMNS)
				.map(ArticleLinks.SourceCount::document)
				.toArray(String[]::new), slugs);
		}
		// each chosen source's strongest passages, read from the database a column at a
		// time
		Map<String, Integer> wanted = new LinkedHashMap<>();
		for (String slug : selection.chosen()) {
			if (perSource.containsKey(slug)) {
				wanted.put(slug, CompareColumn.SIZE);
			}
		}
		ArticleReading reading = this.commentary.strongest(article, this.site.base(), null, wanted).reading();
		model.addAttribute("article", article);
		model.addAttribute("articleCount", article.total());
		SourceSelection chosen = selection;
		List<SourceSummary> picked = sources.stream().filter((s) -> chosen.shows(s.slug())).toList();
		ListPage<SourceSummary> others = ListPage.of(sources.stream()
			.filter((s) -> perSource.containsKey(s.slug()) && !chosen.shows(s.slug()))
			.sorted(Comparator.comparingInt((SourceSummary s) -> perSource.get(s.slug()).passages()).reversed())
			.toList(), ListPage.number(pickerPage), PICKER);
		model.addAttribute("picked", picked);
		model.addAttribute("pickable", others);
		model.addAttribute("pickerUrls", new PickerUrls(number, explicit ? selection.value() : null));
		model.addAttribute("selection", selection);
		// one column per chosen source, empty ones included: "nothing in this source" is
		// an answer
		model.addAttribute("columns", reading.groups(selection, null).stream().map((g) -> {
			List<LinkedPassageView> ordered = DeskCommentary.listsLast(g.passages());
			ArticleLinks.SourceCount count = perSource.get(g.source().slug());
			return new CompareColumn(g.source(), ordered.subList(0, Math.min(CompareColumn.SIZE, ordered.size())),
					(count != null) ? count.passages() : 0);
		}).toList());
		model.addAttribute("linksAvailable", this.commentary.linksAvailable());
		model.addAttribute("discussed", !perSource.isEmpty());
		// said when the first columns are a choice among more
		model.addAttribute("discussing", (!explicit && perSource.size() > DEFAULT_COLUMNS) ? perSource.size() : 0);
		return VIEW;
	}

}
