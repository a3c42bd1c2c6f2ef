package org.treatylens.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One query of the rotation: what a user types, the filters (source slugs, article
 * numbers) and its kind for the report.
 *
 * @param text the query as typed (a phrase in double quotes)
 * @param kind word, pair, phrase, rare, common, filtered
 */
record BenchQuery(String text, String kind, List<String> sources, List<Integer> articles) {

	BenchQuery {
		sources = List.copyOf(sources);
		articles = List.copyOf(articles);
	}

	boolean isPhrase() {
		return this.text.startsWith("\"");
	}

	/** The query's words, without quotes. */
	String words() {
		return this.text.replace("\"", "");
	}

	/**
	 * The fixed rotation: 44 queries, the same at every size (rare names are ranks of the
	 * synthetic name list; source filters name the first, a middle and the last
	 * document).
	 */
	static List<BenchQuery> rotation(SyntheticCorpus corpus, int documents) {
		List<BenchQuery> queries = new ArrayList<>();
		for (String word : List.of("sanctions", "treaty", "cooperation", "nuclear", "security", "Russia", "Iran",
				"corridor", "military", "energy")) {
			queries.add(new BenchQuery(word, "common", List.of(), List.of()));
		}
		for (String word : List.of("Soleimani", "refining", "Samarkand", "turbines", "separatist")) {
			queries.add(new BenchQuery(word, "word", List.of(), List.of()));
		}
		for (int rank : new int[] { 2, 60, 300, 1200, 2900 }) {
			queries.add(new BenchQuery(corpus.surname(rank), "rare", List.of(), List.of()));
		}
		for (String pair : List.of("territorial integrity", "nuclear energy", "military cooperation",
				"unilateral sanctions", "intelligence services", "strategic partnership", "transport corridor",
				"mutual defense")) {
			queries.add(new BenchQuery(pair, "pair", List.of(), List.of()));
		}
		for (String phrase : List.of("\"territorial integrity\"", "\"North-South\"", "\"Contracting Parties\"",
				"\"economic sanctions\"", "\"mutual defence\"", "\"Strategic Partnership\"")) {
			queries.add(new BenchQuery(phrase, "phrase", List.of(), List.of()));
		}
		String first = SyntheticCorpus.SLUG_PREFIX + "000000";
		String middle = SyntheticCorpus.SLUG_PREFIX + String.format(java.util.Locale.ROOT, "%06d", documents / 2);
		String last = SyntheticCorpus.SLUG_PREFIX + String.format(java.util.Locale.ROOT, "%06d", documents - 1);
		queries.add(new BenchQuery("sanctions", "filtered", List.of(first), List.of()));
		queries.add(new BenchQuery("treaty", "filtered", List.of(middle), List.of()));
		queries.add(new BenchQuery("cooperation", "filtered", List.of(last), List.of()));
		queries.add(new BenchQuery("sanctions", "filtered", List.of(), List.of(19)));
		queries.add(new BenchQuery("security", "filtered", List.of(), List.of(3)));
		queries.add(new BenchQuery("territorial integrity", "filtered", List.of(), List.of(3)));
		queries.add(new BenchQuery("nuclear energy", "filtered", List.of(), List.of(19)));
		queries.add(new BenchQuery("military", "filtered", List.of(), List.of(5)));
		queries.add(new BenchQuery("Russia", "filtered", List.of(middle), List.of(1)));
		queries.add(new BenchQuery("\"Contracting Parties\"", "filtered", List.of(), List.of(4)));
		return queries;
	}

}
