package org.treatylens.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.treatylens.linking.LinkKind;

/**
 * The reading desk's commentary column, arranged so that what adds something comes first:
 * passages that only reproduce a paragraph are folded into one line per paragraph; within
 * a source, a passage that only names the article in a list of article numbers comes
 * after those that discuss it; sources with nothing on the article are named once, not
 * offered as switches.
 */
record DeskCommentary(List<SourceSummary> discussing, List<SourceSummary> silent, List<SourceGroup> groups,
		List<VerbatimLine> verbatim) {

	/** Sources with nothing on the article named on the desk before "and N others". */
	static final int SILENT_NAMED = 10;

	private static final Pattern ARTICLE_NUMBER = Pattern.compile("(?<![(\\d])\\d+");

	/**
	 * One paragraph quoted word for word, by whom, with the passages that do it.
	 */
	record VerbatimLine(int paragraph, List<SourceSummary> sources, List<LinkedPassageView> passages) {

		public String sourceNames() {
			return String.join(", ", this.sources.stream().map(SourceSummary::label).toList());
		}

	}

	static DeskCommentary arrange(ArticleReading reading, SourceSelection selection, Integer paragraph) {
		Set<String> says = new HashSet<>();
		reading.linked().forEach((p) -> says.add(p.source().slug()));
		return arrange(reading, selection, paragraph, says);
	}

	/**
	 * @param says the sources that discuss the article (the reading may hold only some of
	 * their passages)
	 */
	static DeskCommentary arrange(ArticleReading reading, SourceSelection selection, Integer paragraph,
			Set<String> says) {
		List<SourceSummary> discussing = new ArrayList<>();
		List<SourceSummary> silent = new ArrayList<>();
		for (SourceSummary source : reading.sources()) {
			(says.contains(source.slug()) ? discussing : silent).add(source);
		}
		List<ArticleText.Paragraph> paragraphs = reading.article().paragraphs();
		Map<Integer, List<LinkedPassageView>> quoted = new TreeMap<>();
		List<SourceGroup> groups = new ArrayList<>();
		for (SourceGroup group : reading.groups(selection, paragraph)) {
			List<LinkedPassageView> own = new ArrayList<>();
			for (LinkedPassageView passage : group.passages()) {
				Integer reproduced = VerbatimQuote.reproduced(passage.text(), paragraphs);
				if (reproduced != null) {
					quoted.computeIfAbsent(reproduced, (n) -> new ArrayList<>()).add(passage);
				}
				else {
					own.add(passage);
				}
			}
			if (!own.isEmpty()) {
				groups.add(new SourceGroup(group.source(), listsLast(own)));
			}
		}
		// a source that only lists the article goes after those that discuss it
		groups.sort(Comparator.comparing((SourceGroup g) -> onlyListsTheArticle(g.passages().get(0))));
		List<VerbatimLine> verbatim = new ArrayList<>();
		quoted.forEach((number, passages) -> {
			Set<SourceSummary> by = new LinkedHashSet<>();
			passages.forEach((p) -> by.add(p.source()));
			verbatim.add(new VerbatimLine(number, List.copyOf(by), List.copyOf(passages)));
		});
		return new DeskCommentary(discussing, silent, groups, verbatim);
	}

	/**
	 * The passages with those that only list the article after the others, each part in
	 * the links' own order.
	 */
	static List<LinkedPassageView> listsLast(List<LinkedPassageView> passages) {
		return passages.stream().sorted(Comparator.comparing(DeskCommentary::onlyListsTheArticle)).toList();
	}

	/**
	 * Whether every reason to link the passage is a citation of the whole article inside
	 * a list of three or more article numbers ("six of the 47 articles (1, 3, 4, 5, 19,
	 * 23)"): it names the article without discussing it. "Art. 3(2) and 3(3)" is one
	 * article, not a list.
	 */
	static boolean onlyListsTheArticle(LinkedPassageView passage) {
		return !passage.reasons().isEmpty() && passage.reasons()
			.stream()
			.allMatch((r) -> r.kind() == LinkKind.CITATION && r.paragraph() == null && r.evidence() != null
					&& articleNumbers(r.evidence()) >= 3);
	}

	// numbers not in brackets right after a number: "3(2)" counts once
	private static long articleNumbers(String text) {
		Matcher matcher = ARTICLE_NUMBER.matcher(text);
		Set<String> numbers = new HashSet<>();
		while (matcher.find()) {
			numbers.add(matcher.group());
		}
		return numbers.size();
	}

	public int verbatimCount() {
		return this.verbatim.stream().mapToInt((v) -> v.passages().size()).sum();
	}

	/**
	 * The first {@value #SILENT_NAMED} sources with nothing on the article, and how many
	 * others: a corpus of thousands is not named source by source.
	 */
	public String silentNames() {
		String named = String.join(", ", this.silent.stream().limit(SILENT_NAMED).map(SourceSummary::label).toList());
		int others = this.silent.size() - SILENT_NAMED;
		return (others > 0) ? named + " and " + others + " other source" + ((others == 1) ? "" : "s") : named;
	}

}
