package org.treatylens.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A small, hand-written corpus for the Lucene tests: a few commentary passages in two
 * sources and two treaty paragraphs.
 */
final class FixturePassages {

	static final LocalDate SIGNED = LocalDate.of(2025, 1, 17);

	private FixturePassages() {
	}

	static List<SearchablePassage> all() {
		return List.of(
				// passage 1 is the heading "Territorial integrity and sovereignty":
				// headings
				// are not indexed, their words go with the paragraphs under them
				commentary(2, "briefing", "Briefing of 24 January", LocalDate.of(2025, 1, 24), "PARAGRAPH", 2,
						List.of(3),
						"Both states pledge to respect each other's territorial integrity. The integrity of borders"
								+ " is a recurring theme.",
						"Territorial integrity and sovereignty"),
				commentary(3, "briefing", "Briefing of 24 January", LocalDate.of(2025, 1, 24), "PARAGRAPH", 3,
						List.of(19),
						"Western sanctions weigh on both economies; the treaty calls sanctions an unfriendly act."),
				commentary(4, "stern", "dpa via Stern", null, "PARAGRAPH", 1, List.of(),
						"President Masoud Peseschkian signed the agreement with Vladimir Putin in Moscow."),
				commentary(5, "analysis", "Analyst's website", LocalDate.of(2025, 2, 1), "PARAGRAPH", 1, List.of(),
						"Iran's President Masoud Pezeshkian visited Moscow; Pezeshkian said the deal was historic."),
				commentary(6, "analysis", "Analyst's website", LocalDate.of(2025, 2, 1), "PARAGRAPH", 2, List.of(4),
						"The intelligence agencies will exchange information. Cooperation <script>"
								+ "alert(1)</script> between the secret services grows."),
				commentary(7, "analysis", "Analyst's website", LocalDate.of(2025, 2, 1), "PARAGRAPH", 3, List.of(23),
						"Rosatom builds nuclear energy facilities; Pezeshkian hopes peaceful nuclear cooperation continues."),
				commentary(8, "analysis", "Analyst's website", LocalDate.of(2025, 2, 1), "PARAGRAPH", 4, List.of(),
						"Economic integration in the region, and integrity of the process, were discussed."),
				commentary(9, "briefing", "Briefing of 24 January", LocalDate.of(2025, 1, 24), "PARAGRAPH", 4,
						List.of(), "Pezeshkian called the partnership a turning point."),
				commentary(10, "analysis", "Analyst's website", LocalDate.of(2025, 2, 1), "PARAGRAPH", 5, List.of(),
						"This is not a mutual defence pact, and no organization is created by it."),
				SearchablePassage.treaty("art_3__para_1", "treaty", "Treaty", SIGNED, "2025-01-17", 3, 1,
						"The Contracting Parties shall strengthen their relations based on the principles of sovereign"
								+ " equality, territorial integrity, independence."),
				SearchablePassage.treaty("art_23__para_1", "treaty", "Treaty", SIGNED, "2025-01-17", 23, 1,
						"The Contracting Parties shall promote joint projects in the area of peaceful use of nuclear"
								+ " energy."));
	}

	private static SearchablePassage commentary(long id, String slug, String label, LocalDate date, String kind,
			int ordinal, List<Integer> articles, String text) {
		return commentary(id, slug, label, date, kind, ordinal, articles, text, null);
	}

	private static SearchablePassage commentary(long id, String slug, String label, LocalDate date, String kind,
			int ordinal, List<Integer> articles, String text, String heading) {
		return SearchablePassage.commentary(id, slug, label, date, (date != null) ? date.toString() : null, kind,
				ordinal, articles, text, heading);
	}

}
