package org.treatylens.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the index knows about one searchable unit: a commentary passage or a treaty
 * paragraph.
 *
 * @param id unique key ({@code passage-12}, {@code art_3__para_2})
 * @param type {@link IndexFields#TYPE_COMMENTARY} or {@link IndexFields#TYPE_TREATY}
 * @param source slug of the commentary document or of the treaty
 * @param sourceLabel display name of the source
 * @param date publication day (first day of the known period), or null
 * @param published the date in ISO form as precise as it is known ({@code 2025-02}), or
 * null
 * @param kind {@code PARAGRAPH} or {@code HEADING}
 * @param articles the articles discussed, ascending
 * @param text the text as written
 * @param heading the heading a commentary paragraph stands under, or null: searchable as
 * context, since a heading alone is never a hit
 * @param passageId commentary passage id, null for treaty paragraphs
 * @param document commentary document slug, null for treaty paragraphs
 * @param ordinal position of a commentary passage, null for treaty paragraphs
 * @param article a treaty paragraph's article, null for commentary
 * @param paragraph a treaty paragraph's number, null for commentary
 */
record SearchablePassage(String id, String type, String source, String sourceLabel, LocalDate date, String published,
		String kind, List<Integer> articles, String text, String heading, Long passageId, String document,
		Integer ordinal, Integer article, Integer paragraph) {

	SearchablePassage {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(text, "text");
		articles = List.copyOf(articles);
	}

	/** The index id of a commentary passage. */
	static String commentaryId(long passageId) {
		return "passage-" + passageId;
	}

	static SearchablePassage commentary(long passageId, String document, String label, LocalDate date, String published,
			String kind, int ordinal, List<Integer> articles, String text, String heading) {
		return new SearchablePassage(commentaryId(passageId), IndexFields.TYPE_COMMENTARY, document, label, date,
				published, kind, articles, text, heading, passageId, document, ordinal, null, null);
	}

	static SearchablePassage treaty(String eid, String treaty, String label, LocalDate date, String published,
			int article, int paragraph, String text) {
		return new SearchablePassage(eid, IndexFields.TYPE_TREATY, treaty, label, date, published, "PARAGRAPH",
				List.of(article), text, null, null, null, null, article, paragraph);
	}

	boolean isTreaty() {
		return IndexFields.TYPE_TREATY.equals(this.type);
	}

}
