package org.treatylens.linking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.treatylens.embedding.EmbeddedPassage;
import org.treatylens.embedding.SentenceEmbedder;
import org.treatylens.embedding.SentenceVectors;

/**
 * Precision and recall of the links, per document, against a gold file of the shared
 * evaluation (the scorer's rules: a link is right when the gold lists the article as
 * positive, ignored when optional, wrong otherwise). Each document is linked on its own,
 * as an import links it. {@code -Dthresholds=0.5:0.06,0.55:0.07} tries several semantic
 * thresholds (cosine:margin); {@code -Dstatistics=corpus} weighs words by the whole
 * bundled commentary (as the stored snapshot of a full relink does) instead of the
 * document alone. The command is in docs/linking.md.
 */
public final class LinkQualityReport {

	record Gold(Set<Integer> positive, Set<Integer> optional, String snippet) {
	}

	public static void main(String[] args) throws IOException {
		Path goldFile = Path.of((args.length > 0) ? args[0] : "/work/shared/eval/links-bundled.tsv");
		boolean verbose = args.length > 1 && args[1].equals("--verbose");
		Map<String, Map<Integer, Gold>> gold = read(goldFile);
		TreatyText treaty = CorpusFixture.treaty();
		// every document's sentences are embedded once, whatever thresholds are tried
		Map<Long, EmbeddedPassage> cache = new HashMap<>();
		LinkFinder.PassageVectors vectors = (texts) -> {
			Map<Long, String> missing = new LinkedHashMap<>(texts);
			missing.keySet().removeAll(cache.keySet());
			cache.putAll(SentenceVectors.compute(SentenceEmbedder.shared(), missing));
			Map<Long, EmbeddedPassage> found = new LinkedHashMap<>();
			texts.keySet().stream().filter(cache::containsKey).forEach((id) -> found.put(id, cache.get(id)));
			return found;
		};
		for (String setting : System
			.getProperty("thresholds", LinkFinder.SEMANTIC.minCosine() + ":" + LinkFinder.SEMANTIC.minMargin())
			.split(",")) {
			String[] values = setting.split(":");
			SemanticEvidence.Thresholds thresholds = new SemanticEvidence.Thresholds(Float.parseFloat(values[0]),
					Float.parseFloat(values[1]));
			System.out.println("== semantic: cosine >= " + values[0] + ", margin >= " + values[1]);
			report(gold, treaty, new LinkFinder(vectors, thresholds), verbose);
		}
	}

	private static void report(Map<String, Map<Integer, Gold>> gold, TreatyText treaty, LinkFinder finder,
			boolean verbose) {
		// -Dstatistics=corpus: words weighed by the whole bundled commentary, as a full
		// relink's snapshot weighs them; else by the document alone
		boolean corpus = "corpus".equals(System.getProperty("statistics"));
		CorpusCounts counts = CorpusCounts.of(LinkFinder.countedTexts(CorpusFixture.commentary()),
				new TreatyAnalyzer(treaty.title()), new TreatyVocabulary());
		int allTp = 0;
		int allFp = 0;
		int allGold = 0;
		for (String slug : gold.keySet()) {
			CommentaryText document = CorpusFixture.document(slug);
			long started = System.nanoTime();
			LinkFinder.Result result = corpus ? finder.find(treaty, List.of(document), (terms) -> counts)
					: finder.find(treaty, List.of(document));
			long millis = (System.nanoTime() - started) / 1_000_000;
			Map<Integer, Set<Integer>> linked = new HashMap<>();
			Map<String, String> kinds = new HashMap<>();
			for (FoundLink link : result.links()) {
				int line = (int) (link.passageId() % 1000);
				linked.computeIfAbsent(line, (l) -> new TreeSet<>()).add(link.article());
				kinds.merge(line + ":" + link.article(), link.kind().code() + " " + link.evidence(),
						(a, b) -> a + " | " + b);
			}
			Map<Integer, Gold> rows = gold.get(slug);
			int tp = 0;
			int fp = 0;
			int positives = 0;
			List<String> notes = new ArrayList<>();
			for (Map.Entry<Integer, Set<Integer>> entry : linked.entrySet()) {
				Gold row = rows.get(entry.getKey());
				for (int article : entry.getValue()) {
					if (row != null && row.positive().contains(article)) {
						tp++;
					}
					else if (row == null || !row.optional().contains(article)) {
						fp++;
						notes.add("  false   art " + article + " line " + entry.getKey() + ": "
								+ kinds.get(entry.getKey() + ":" + article));
					}
				}
			}
			for (Map.Entry<Integer, Gold> entry : rows.entrySet()) {
				for (int article : entry.getValue().positive()) {
					positives++;
					if (!linked.getOrDefault(entry.getKey(), Set.of()).contains(article)) {
						notes.add("  missed  art " + article + " line " + entry.getKey() + ": "
								+ entry.getValue().snippet());
					}
				}
			}
			allTp += tp;
			allFp += fp;
			allGold += positives;
			System.out.printf("%-34s precision %.3f recall %.3f (%d right, %d wrong, %d gold) %d ms%n", slug,
					ratio(tp, tp + fp), ratio(tp, positives), tp, fp, positives, millis);
			if (verbose) {
				notes.forEach(System.out::println);
			}
		}
		System.out.printf("%-34s precision %.3f recall %.3f (%d right, %d wrong, %d gold)%n", "ALL",
				ratio(allTp, allTp + allFp), ratio(allTp, allGold), allTp, allFp, allGold);
	}

	private static double ratio(int a, int b) {
		return (b == 0) ? 1 : (double) a / b;
	}

	private static Map<String, Map<Integer, Gold>> read(Path file) throws IOException {
		Map<String, Map<Integer, Gold>> gold = new LinkedHashMap<>();
		for (String line : Files.readAllLines(file)) {
			String[] cells = line.split("\t", -1);
			if (cells.length < 5 || cells[0].equals("slug")) {
				continue;
			}
			gold.computeIfAbsent(cells[0], (s) -> new HashMap<>())
				.put(Integer.parseInt(cells[1]), new Gold(numbers(cells[2]), numbers(cells[3]), cells[4]));
		}
		return gold;
	}

	private static Set<Integer> numbers(String cell) {
		Set<Integer> numbers = new HashSet<>();
		if (!cell.equals("-")) {
			for (String n : cell.split(",")) {
				numbers.add(Integer.parseInt(n.strip()));
			}
		}
		return numbers;
	}

}
