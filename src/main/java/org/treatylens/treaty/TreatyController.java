package org.treatylens.treaty;

import java.util.List;
import java.util.Map;

import org.treatylens.commentary.ListedSource;
import org.treatylens.commentary.SourceList;
import org.treatylens.system.ListPage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The treaty's front page: its header, the grid of its articles and the sources. (The
 * article pages are the reading desk's, in compare.) The page stays bounded however large
 * the treaty or the corpus: the grid is paged ({@code ?page=}, {@value #TILES} tiles a
 * page) and the sources are the first {@value #SOURCES}, with a link to all of them.
 */
@Controller
class TreatyController {

	static final int TILES = 100;

	static final int SOURCES = 20;

	private final TreatyReader reader;

	private final SourceList sources;

	private final ObjectProvider<ArticleDiscussion> discussion;

	TreatyController(TreatyReader reader, SourceList sources, ObjectProvider<ArticleDiscussion> discussion) {
		this.reader = reader;
		this.sources = sources;
		this.discussion = discussion;
	}

	@GetMapping("/")
	String showTreaty(@RequestParam(name = "page", required = false) String page, Model model) {
		TreatyView treaty = this.reader.treaty().orElse(null);
		model.addAttribute("treaty", treaty);
		model.addAttribute("tiles",
				ListPage.of((treaty != null) ? treaty.articles() : List.of(), ListPage.number(page), TILES));
		// without a module that counts links no article shows counts: an empty discussion
		ArticleDiscussion discussion = this.discussion.getIfAvailable(() -> Map::of);
		Map<Integer, ArticleDiscussion.Count> counts = discussion.byArticle();
		model.addAttribute("discussion", counts);
		model.addAttribute("mostPassages",
				counts.values().stream().mapToInt(ArticleDiscussion.Count::passages).max().orElse(0));
		model.addAttribute("mostDiscussed", discussion.mostDiscussed(3));
		List<ListedSource> visible = this.sources.visible();
		model.addAttribute("sources", visible.subList(0, Math.min(SOURCES, visible.size())));
		model.addAttribute("sourcesTotal", visible.size());
		return "treaty/home";
	}

}
