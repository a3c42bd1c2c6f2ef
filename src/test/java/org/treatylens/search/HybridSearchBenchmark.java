package org.treatylens.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.treatylens.embedding.SentenceEmbedder;

/**
 * The hybrid-search benchmark (docs/benchmarks.md): an index of N synthetic passages
 * (default 100,000) made of the bundled commentary's sentences, with vectors, searched by
 * the judged queries by words and meaning (query embedding included) and by words only.
 * Prints p50/p95/p99 per mode. Run it with the command in docs/benchmarks.md.
 * <p>
 * Embedding 100,000 passages would take the model most of an hour on two cores, so each
 * synthetic passage's vector is the normalised sum of its sentences' vectors (each
 * sentence embedded once): as many distinct, realistically spread vectors as passages,
 * which is what the HNSW graph's cost depends on. Queries are embedded by the model, as
 * in the app.
 */
final class HybridSearchBenchmark {

	private static final int ROUNDS = 10;

	private HybridSearchBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int size = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		SentenceEmbedder embedder = SentenceEmbedder.shared();
		List<String> sentences = sentences(Path.of("db/corpus/commentary"));
		long start = System.nanoTime();
		float[][] sentenceVectors = embedder.embed(sentences);
		System.out.printf(Locale.ROOT, "embedded %d corpus sentences in %d ms%n", sentences.size(),
				(System.nanoTime() - start) / 1_000_000);
		Random random = new Random(42);
		List<SearchablePassage> passages = new ArrayList<>(size);
		Map<String, float[]> vectors = new HashMap<>(size * 2);
		for (int i = 0; i < size; i++) {
			int count = 2 + random.nextInt(3);
			StringBuilder text = new StringBuilder();
			float[] vector = new float[embedder.dimensions()];
			for (int s = 0; s < count; s++) {
				int pick = random.nextInt(sentences.size());
				text.append(sentences.get(pick)).append(' ');
				for (int d = 0; d < vector.length; d++) {
					vector[d] += sentenceVectors[pick][d];
				}
			}
			String passageText = text.toString().strip() + " (" + i + ")";
			vectors.put(passageText, normalized(vector));
			passages.add(SearchablePassage.commentary(i + 1, "bench-" + (i / 200), "Bench source " + (i / 200), null,
					null, "PARAGRAPH", (i % 200) + 1, List.of(1 + random.nextInt(47)), passageText, null));
		}
		// the index embeds what it indexes: here it looks the synthetic vectors up, and
		// queries (unknown texts) go to the model
		MeaningModel model = (texts) -> {
			float[][] out = new float[texts.size()][];
			List<String> unknown = new ArrayList<>();
			for (int i = 0; i < texts.size(); i++) {
				out[i] = vectors.get(texts.get(i));
				if (out[i] == null) {
					unknown.add(texts.get(i));
				}
			}
			if (!unknown.isEmpty()) {
				float[][] embedded = embedder.embed(unknown);
				for (int i = 0, u = 0; i < out.length; i++) {
					if (out[i] == null) {
						out[i] = embedded[u++];
					}
				}
			}
			return out;
		};
		Path dir = Files.createTempDirectory("treatylens-bench-index");
		try (PassageIndex index = new PassageIndex(dir, model)) {
			start = System.nanoTime();
			index.replaceAll(passages, 1);
			System.out.printf(Locale.ROOT, "indexed %d passages with vectors in %d s%n", size,
					(System.nanoTime() - start) / 1_000_000_000);
			SearchService service = new SearchService(index, Duration.ofSeconds(2));
			List<String> queries = SearchRelevanceTests.judged()
				.stream()
				.filter((judged) -> !judged.kind().equals("phrase"))
				.map(SearchRelevanceTests.Judged::query)
				.toList();
			for (String query : queries) {
				// warm up: JIT, the model's session, the index files in the page cache
				run(service, query, false);
				run(service, query, true);
			}
			report("hybrid (words + meaning, query embedding included)", service, queries, false);
			report("words only", service, queries, true);
			start = System.nanoTime();
			for (String query : queries) {
				embedder.embed(query);
			}
			System.out.printf(Locale.ROOT, "query embedding alone: %.1f ms on average%n",
					(System.nanoTime() - start) / 1e6 / queries.size());
		}
		finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	private static void report(String label, SearchService service, List<String> queries, boolean wordsOnly) {
		long[] millis = new long[ROUNDS * queries.size()];
		int n = 0;
		for (int round = 0; round < ROUNDS; round++) {
			for (String query : queries) {
				long start = System.nanoTime();
				run(service, query, wordsOnly);
				millis[n++] = System.nanoTime() - start;
			}
		}
		Arrays.sort(millis);
		System.out.printf(Locale.ROOT, "%s: %d searches, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", label,
				n, percentile(millis, 0.50), percentile(millis, 0.95), percentile(millis, 0.99), millis[n - 1] / 1e6);
	}

	private static double percentile(long[] sorted, double p) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
	}

	private static SearchResults run(SearchService service, String query, boolean wordsOnly) {
		return service.search(new SearchRequest(query, List.of(), List.of(), null, 1, 10, wordsOnly));
	}

	private static float[] normalized(float[] vector) {
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		float scale = (float) (1 / Math.sqrt(norm));
		for (int d = 0; d < vector.length; d++) {
			vector[d] *= scale;
		}
		return vector;
	}

	/** The commentary's sentences of at least five words. */
	private static List<String> sentences(Path commentary) throws IOException {
		List<String> sentences = new ArrayList<>();
		try (Stream<Path> files = Files.list(commentary)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).sorted().toList()) {
				for (String sentence : Files.readString(file).split("(?<=[.!?])\\s+")) {
					String s = sentence.strip();
					if (s.split("\\s+").length >= 5) {
						sentences.add(s);
					}
				}
			}
		}
		return sentences;
	}

}
