package org.treatylens.commentary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * How to cite a document or one of its passages: a text citation for people, a BibTeX
 * (biblatex {@code @online}) entry and CSL-JSON, the format reference managers (Zotero,
 * Mendeley) import. Built only from the stored metadata: a field that is not known is
 * left out of every format, never filled with a guess. The TreatyLens permalink is always
 * there (it is where the cited text can be read).
 *
 * @param text the citation as a sentence
 * @param bibtex one BibTeX entry
 * @param cslJson a CSL-JSON array holding one item
 */
public record Citation(String text, String bibtex, String cslJson) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The citation of a whole document.
	 */
	public static Citation ofDocument(DocumentMetadata metadata, String permalink) {
		return of(metadata, null, permalink);
	}

	/**
	 * The citation of one passage ({@code ordinal}: its number in the document).
	 */
	public static Citation ofPassage(DocumentMetadata metadata, int ordinal, String permalink) {
		return of(metadata, ordinal, permalink);
	}

	private static Citation of(DocumentMetadata m, Integer passage, String permalink) {
		return new Citation(text(m, passage, permalink), bibtex(m, passage, permalink), cslJson(m, passage, permalink));
	}

	private static String text(DocumentMetadata m, Integer passage, String permalink) {
		List<String> parts = new ArrayList<>();
		if (m.author() != null) {
			parts.add(m.author());
		}
		// a document without a title is named by its label, not in quotes: the label is
		// TreatyLens's name for it, not a title it has
		parts.add((m.title() != null) ? "\u201c" + title(m) + "\u201d" : m.label());
		if (m.publisher() != null) {
			parts.add(m.publisher());
		}
		if (m.published() != null) {
			parts.add(m.published().display());
		}
		if (passage != null) {
			parts.add("passage " + passage);
		}
		StringBuilder text = new StringBuilder(String.join(", ", parts)).append(". ");
		if (m.originalUrl() != null) {
			text.append(m.originalUrl());
			text.append((m.accessed() != null) ? " (accessed " + day(m.accessed()) + "). " : ". ");
		}
		return text.append(permalink).toString();
	}

	private static String title(DocumentMetadata m) {
		return (m.subtitle() != null) ? m.title() + ": " + m.subtitle() : m.title();
	}

	private static String bibtex(DocumentMetadata m, Integer passage, String permalink) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (m.author() != null) {
			fields.put("author", m.author());
		}
		if (m.title() != null) {
			fields.put("title", m.title());
		}
		if (m.subtitle() != null) {
			fields.put("subtitle", m.subtitle());
		}
		if (m.publisher() != null) {
			fields.put("organization", m.publisher());
		}
		if (m.published() != null) {
			fields.put("date", m.published().iso());
		}
		fields.put("url", (m.originalUrl() != null) ? m.originalUrl() : permalink);
		if (m.originalUrl() != null && m.accessed() != null) {
			fields.put("urldate", m.accessed().toString());
		}
		if (m.language() != null) {
			fields.put("langid", m.language());
		}
		List<String> note = new ArrayList<>();
		if (passage != null) {
			note.add("Passage " + passage);
		}
		if (m.originalUrl() != null) {
			note.add("TreatyLens: " + permalink);
		}
		if (!note.isEmpty()) {
			fields.put("note", String.join(". ", note));
		}
		StringBuilder entry = new StringBuilder("@online{").append(m.slug());
		if (passage != null) {
			entry.append("-p").append(passage);
		}
		fields.forEach((name, value) -> entry.append(",\n  ")
			.append(name)
			.append(" = {")
			.append(name.equals("url") ? value : escapeTex(value))
			.append('}'));
		return entry.append("\n}").toString();
	}

	private static String cslJson(DocumentMetadata m, Integer passage, String permalink) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", (passage != null) ? m.slug() + "-p" + passage : m.slug());
		item.put("type", cslType(m.kind()));
		if (m.title() != null) {
			item.put("title", title(m));
		}
		if (m.author() != null) {
			// a literal name: splitting it into given and family names would be a guess
			item.put("author", List.of(Map.of("literal", m.author())));
		}
		if (m.publisher() != null) {
			item.put("publisher", m.publisher());
		}
		if (m.published() != null) {
			item.put("issued", Map.of("date-parts", List.of(dateParts(m.published()))));
		}
		item.put("URL", (m.originalUrl() != null) ? m.originalUrl() : permalink);
		if (m.originalUrl() != null && m.accessed() != null) {
			item.put("accessed", Map.of("date-parts", List
				.of(List.of(m.accessed().getYear(), m.accessed().getMonthValue(), m.accessed().getDayOfMonth()))));
		}
		if (m.language() != null) {
			item.put("language", m.language());
		}
		if (passage != null) {
			item.put("locator", String.valueOf(passage));
			item.put("label", "paragraph");
		}
		if (m.originalUrl() != null) {
			item.put("note", "TreatyLens: " + permalink);
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(item));
	}

	private static List<Integer> dateParts(PublicationDate date) {
		return switch (date.precision()) {
			case YEAR -> List.of(date.date().getYear());
			case MONTH -> List.of(date.date().getYear(), date.date().getMonthValue());
			case DAY -> List.of(date.date().getYear(), date.date().getMonthValue(), date.date().getDayOfMonth());
		};
	}

	/**
	 * The CSL type for the document's kind; a kind it has no word for is a web page
	 * (every document here was read on the web).
	 */
	private static String cslType(String kind) {
		if (kind == null) {
			return "webpage";
		}
		return switch (kind.toLowerCase(Locale.ROOT)) {
			case "news" -> "article-newspaper";
			case "blog" -> "post-weblog";
			case "report", "briefing" -> "report";
			default -> "webpage";
		};
	}

	private static String day(LocalDate date) {
		return new PublicationDate(date, PublicationDate.Precision.DAY).display();
	}

	private static String escapeTex(String value) {
		StringBuilder out = new StringBuilder();
		for (char c : value.toCharArray()) {
			switch (c) {
				case '\\' -> out.append("\\textbackslash{}");
				case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
				case '~' -> out.append("\\textasciitilde{}");
				case '^' -> out.append("\\textasciicircum{}");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
