package org.treatylens.commentary;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CitationTests {

	private static final DocumentMetadata FULL = new DocumentMetadata("crescent-jonkers", "Jonkers, Crescent",
			"Russia & Iran: 50% of a_partnership", null, "Brecht Jonkers", "Crescent International",
			PublicationDate.parse("2025-02"), "news", null, "https://crescent.icit-digital.org/articles/x", "en",
			LocalDate.of(2026, 12, 2));

	private static final DocumentMetadata BARE = new DocumentMetadata("briefing", "Briefing of 24 January 2025", null,
			null, null, null, null, null, null);

	@Test
	void shouldCiteAPassageWithEveryKnownFieldInAllThreeFormats() {
		Citation citation = Citation.ofPassage(FULL, 12, "https://lens.example/passages/345");
		assertThat(citation.text()).isEqualTo("Brecht Jonkers, \u201cRussia & Iran: 50% of a_partnership\u201d, "
				+ "Crescent International, February 2025, passage 12. https://crescent.icit-digital.org/articles/x "
				+ "(accessed 2 December 2026). https://lens.example/passages/345");
		assertThat(citation.bibtex()).startsWith("@online{crescent-jonkers-p12,")
			.contains("author = {Brecht Jonkers}", "title = {Russia \\& Iran: 50\\% of a\\_partnership}",
					"organization = {Crescent International}", "date = {2025-02}",
					"url = {https://crescent.icit-digital.org/articles/x}", "urldate = {2026-12-02}", "langid = {en}",
					"note = {Passage 12. TreatyLens: https://lens.example/passages/345}")
			.endsWith("\n}");
		JsonNode item = JsonMapper.builder().build().readTree(citation.cslJson()).get(0);
		assertThat(item.get("type").asString()).isEqualTo("article-newspaper");
		assertThat(item.get("author").get(0).get("literal").asString()).isEqualTo("Brecht Jonkers");
		assertThat(item.get("issued").get("date-parts").get(0).toString()).isEqualTo("[2025,2]");
		assertThat(item.get("accessed").get("date-parts").get(0).toString()).isEqualTo("[2026,12,2]");
		assertThat(item.get("URL").asString()).isEqualTo("https://crescent.icit-digital.org/articles/x");
		assertThat(item.get("locator").asString()).isEqualTo("12");
	}

	@Test
	void shouldLeaveWhatIsNotKnownOutOfEveryFormat() {
		Citation citation = Citation.ofDocument(BARE, "https://lens.example/documents/briefing");
		// the label names it, not as a title (it is ours, not the document's)
		assertThat(citation.text()).isEqualTo("Briefing of 24 January 2025. https://lens.example/documents/briefing");
		assertThat(citation.bibtex())
			.isEqualTo("@online{briefing,\n  url = {https://lens.example/documents/briefing}\n}");
		JsonNode item = JsonMapper.builder().build().readTree(citation.cslJson()).get(0);
		assertThat(item.propertyNames()).containsExactly("id", "type", "URL");
		assertThat(item.get("type").asString()).isEqualTo("webpage");
	}

}
