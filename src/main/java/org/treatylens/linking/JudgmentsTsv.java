package org.treatylens.linking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The human decisions as gold links, in the shape of the evaluation files
 * ({@code slug line positive optional snippet}, tab-separated): one row per judged
 * passage, its accepted or added articles as {@code positive}; a passage whose links were
 * all rejected gets {@code -}, so any link the machine still gives it counts as false.
 * Nothing is {@code optional}: a person said yes or no.
 */
final class JudgmentsTsv {

	static final String HEADER = "slug\tline\tpositive\toptional\tsnippet";

	private JudgmentsTsv() {
	}

	static String write(List<LinkJudgments.Decision> decisions) {
		Map<Long, List<LinkJudgments.Decision>> byPassage = new LinkedHashMap<>();
		decisions.forEach((d) -> byPassage.computeIfAbsent(d.passageId(), (id) -> new ArrayList<>()).add(d));
		StringBuilder tsv = new StringBuilder(HEADER).append('\n');
		for (List<LinkJudgments.Decision> passage : byPassage.values()) {
			LinkJudgments.Decision first = passage.get(0);
			TreeSet<Integer> positive = passage.stream()
				.filter((d) -> !d.verdict().equals("reject"))
				.map(LinkJudgments.Decision::article)
				.collect(Collectors.toCollection(TreeSet::new));
			tsv.append(first.document())
				.append('\t')
				.append(first.line())
				.append('\t')
				.append(positive.isEmpty() ? "-"
						: positive.stream().map(String::valueOf).collect(Collectors.joining(",")))
				.append('\t')
				.append('-')
				.append('\t')
				.append(first.snippet().replace('\t', ' '))
				.append('\n');
		}
		return tsv.toString();
	}

}
