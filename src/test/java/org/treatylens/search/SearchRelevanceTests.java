package org.treatylens.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relevance on the bundled corpus, measured: the judged queries of
 * {@code search/judged-queries.tsv} (most phrased unlike the passages that answer them)
 * are run by words only and by words and meaning; nDCG@10 and recall@10 are computed and
 * written to {@code target/search-relevance.md} (the figures in docs/search.md).
 */
@SpringBootTest
class SearchRelevanceTests {

	private static final int CUTOFF = 10;

	@Autowired
	private SearchService search;

	@Autowired
	private CorpusJobs jobs;

	record Judged(String query, String kind, Map<String, Integer> grades) {
	}

	record Scores(double ndcg, double recall) {
	}

	@Test
	void shouldRankBetterByWordsAndMeaningThanByWordsAlone() throws IOException {
		// the bundled corpus is linked and indexed by background jobs after start-up
		JobQueue.awaitIdle(this.jobs, Duration.ofMinutes(3));
		List<Judged> judged = judged();
		assertThat(judged).hasSizeGreaterThanOrEqualTo(30);
		assertEveryJudgedPassageIsIndexed(judged);
		Map<String, List<Scores>> lexical = new LinkedHashMap<>();
		Map<String, List<Scores>> hybrid = new LinkedHashMap<>();
		StringBuilder report = new StringBuilder(
				"| query | kind | nDCG@10 words | nDCG@10 hybrid | recall@10 words | recall@10 hybrid |\n"
						+ "|---|---|---|---|---|---|\n");
		for (Judged query : judged) {
			SearchResults byWords = run(query.query(), true);
			SearchResults both = run(query.query(), false);
			Scores words = scores(byWords, query.grades());
			Scores fused = scores(both, query.grades());
			lexical.computeIfAbsent(query.kind(), (k) -> new ArrayList<>()).add(words);
			hybrid.computeIfAbsent(query.kind(), (k) -> new ArrayList<>()).add(fused);
			report.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.2f | %.2f |%n",
					query.query().replace("|", "\\|"), query.kind(), words.ndcg(), fused.ndcg(), words.recall(),
					fused.recall()));
			if (query.kind().equals("phrase")) {
				// quoted: exact mode, by words only, either way
				assertThat(both.mode()).as(query.query()).isEqualTo(SearchMode.EXACT);
				assertThat(fused.ndcg()).as(query.query()).isGreaterThanOrEqualTo(words.ndcg());
			}
		}
		report.append("\n| kind | queries | nDCG@10 words | nDCG@10 hybrid | recall@10 words | recall@10 hybrid |\n"
				+ "|---|---|---|---|---|---|\n");
		List<Scores> allLexical = new ArrayList<>();
		List<Scores> allHybrid = new ArrayList<>();
		for (String kind : lexical.keySet()) {
			summary(report, kind, lexical.get(kind), hybrid.get(kind));
			allLexical.addAll(lexical.get(kind));
			allHybrid.addAll(hybrid.get(kind));
		}
		summary(report, "all", allLexical, allHybrid);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "search-relevance.md"), report);
		System.out.println(report);
		assertThat(mean(allHybrid, Scores::ndcg)).isGreaterThan(mean(allLexical, Scores::ndcg));
	}

	private SearchResults run(String query, boolean wordsOnly) {
		return this.search.search(new SearchRequest(query, List.of(), List.of(), null, 1, CUTOFF, wordsOnly));
	}

	/** nDCG with gains 2^grade - 1; recall of the passages graded 1 or 2. */
	static Scores scores(SearchResults results, Map<String, Integer> grades) {
		List<String> links = results.hits().stream().map(SearchRelevanceTests::key).limit(CUTOFF).toList();
		double dcg = 0;
		int found = 0;
		for (int i = 0; i < links.size(); i++) {
			int grade = grades.getOrDefault(links.get(i), 0);
			dcg += (Math.pow(2, grade) - 1) / log2(i + 2);
			found += (grade > 0) ? 1 : 0;
		}
		List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).limit(CUTOFF).toList();
		double idcg = 0;
		for (int i = 0; i < ideal.size(); i++) {
			idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
		}
		return new Scores(dcg / idcg, (double) found / grades.size());
	}

	/**
	 * What a judgment names: the treaty paragraph, or the document and the passage's
	 * anchor (whatever page of the document the link leads to).
	 */
	static String key(SearchResults.SearchHit hit) {
		if (hit.isTreaty()) {
			return "/articles/" + hit.article() + "#para-" + hit.paragraph();
		}
		return "/documents/" + hit.document() + hit.link().substring(hit.link().indexOf('#'));
	}

	private static double log2(int x) {
		return Math.log(x) / Math.log(2);
	}

	private static double mean(List<Scores> scores, java.util.function.ToDoubleFunction<Scores> metric) {
		return scores.stream().mapToDouble(metric).average().orElse(0);
	}

	private static void summary(StringBuilder report, String kind, List<Scores> lexical, List<Scores> hybrid) {
		report.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", kind, lexical.size(),
				mean(lexical, Scores::ndcg), mean(hybrid, Scores::ndcg), mean(lexical, Scores::recall),
				mean(hybrid, Scores::recall)));
	}

	/** A judgment naming a passage that is not indexed would silently count as a miss. */
	private void assertEveryJudgedPassageIsIndexed(List<Judged> judged) {
		Set<String> indexed = new HashSet<>();
		for (String source : List.of("russia-iran-2025", "russia-iran-relations", "crescent-jonkers",
				"not-a-military-alliance", "partnership-briefing-2025-01-24", "stern-dpa-two-decades")) {
			for (int page = 1; page <= 4; page++) {
				this.search
					.search(new SearchRequest("", List.of(source), List.of(), null, page, SearchRequest.MAX_SIZE))
					.hits()
					.forEach((hit) -> indexed.add(key(hit)));
			}
		}
		judged.forEach((query) -> assertThat(indexed).as(query.query()).containsAll(query.grades().keySet()));
	}

	static List<Judged> judged() throws IOException {
		List<Judged> judged = new ArrayList<>();
		try (InputStream in = SearchRelevanceTests.class.getResourceAsStream("/search/judged-queries.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t");
				Map<String, Integer> grades = new LinkedHashMap<>();
				for (String judgment : columns[2].trim().split("\\s+")) {
					int equals = judgment.lastIndexOf('=');
					grades.put(judgment.substring(0, equals), Integer.parseInt(judgment.substring(equals + 1)));
				}
				judged.add(new Judged(columns[0], columns[1], grades));
			}
		}
		return judged;
	}

}
