package org.treatylens.commentary;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@WebMvcTest({ DocumentController.class, DocumentApiController.class })
class DocumentWebTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private DocumentReader reader;

	private static final DocumentMetadata STERN_METADATA = new DocumentMetadata("stern", "dpa via Stern",
			"Strategic partnership", null, "dpa", "Stern", null, "news", null);

	private static final DocumentView STERN = new DocumentView("stern", "dpa via Stern", "Strategic partnership", null,
			"dpa", "Stern", null, "news", null, "stern.txt", null, null, null, true, false, 1,
			Citation.ofDocument(STERN_METADATA, "http://localhost/documents/stern"),
			List.of(new PassageView(11, 1, "heading", "Strategic partnership", null, 1, List.of(), List.of()),
					new PassageView(12, 2, "paragraph", "Both states agree.", "Strategic partnership", 3, List.of(3),
							List.of("Article 51 of the UN Charter")),
					new PassageView(13, 3, "boilerplate", "Leave a Reply", "Strategic partnership", 5, List.of(),
							List.of())));

	@Test
	void shouldShowEveryPassageWithItsAnchorHeadingsAsHeadingsAndLeftoversMuted() throws Exception {
		given(this.reader.document(eq("stern"), eq(false), anyString())).willReturn(Optional.of(STERN));
		this.mvc.perform(get("/documents/stern"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<h2 class=\"passage passage--heading\" id=\"p-1\">Strategic partnership</h2>")))
			.andExpect(content().string(containsString("<div class=\"passage passage--paragraph\" id=\"p-2\">")))
			.andExpect(content().string(containsString("href=\"#p-2\"")))
			.andExpect(content().string(not(containsString("href=\"#p-3\""))))
			.andExpect(content().string(containsString("<a class=\"chip\" href=\"/articles/3\">Article 3</a>")))
			.andExpect(content()
				.string(containsString("<span class=\"chip chip--external\">Article 51 of the UN Charter</span>")))
			.andExpect(content().string(containsString("<div class=\"passage passage--boilerplate\" id=\"p-3\">")))
			.andExpect(content().string(containsString("Web-page leftover, not part of the text")))
			.andExpect(content().string(containsString("<dd class=\"unknown\">not given</dd>")))
			// the document's contents and where its passages on each article start
			.andExpect(content().string(containsString("<li><a href=\"#p-1\">Strategic partnership</a></li>")))
			.andExpect(content().string(containsString("<a class=\"chip\" href=\"#p-2\">Article 3 (1)</a>")));
	}

	@Test
	void shouldListSourcesWithWhatTheyDiscussAndWithoutTheirUnknownMetadata() throws Exception {
		given(this.reader.summaries(false)).willReturn(List.of(new DocumentSummary("briefing", "Briefing", null, null,
				null, null, "2025-01-24", "briefing", null, null, null, false, 18)));
		given(this.reader.articlesDiscussed(List.of("briefing")))
			.willReturn(java.util.Map.of("briefing", List.of(3, 19)));
		this.mvc.perform(get("/documents"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"/documents/briefing\">Briefing</a>")))
			.andExpect(content().string(not(containsString("not given"))))
			.andExpect(content().string(containsString("Discusses 2 articles:")))
			.andExpect(content().string(containsString("<a class=\"chip\" href=\"/articles/19\">Article 19</a>")))
			.andExpect(content().string(containsString("<time datetime=\"2025-01-24\">24 January 2025</time>")));
		this.mvc.perform(get("/api/documents"))
			.andExpect(jsonPath("$[0].slug").value("briefing"))
			.andExpect(jsonPath("$[0].author").value(nullValue()))
			.andExpect(jsonPath("$[0].published").value("2025-01-24"))
			.andExpect(jsonPath("$[0].passages").value(18))
			.andExpect(jsonPath("$[0].publishedDisplay").doesNotExist());
	}

	@Test
	void shouldPageALongListOfSources() throws Exception {
		List<DocumentSummary> many = new java.util.ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			many.add(new DocumentSummary("source-" + i, "Source " + i, null, null, null, null, null, null, null, null,
					null, false, 1));
		}
		given(this.reader.summaries(false)).willReturn(many);
		String first = this.mvc.perform(get("/documents")).andReturn().getResponse().getContentAsString();
		assertThat(first).contains("href=\"/documents/source-50\"")
			.doesNotContain("href=\"/documents/source-51\"")
			.contains("Sources 1–50 of 60", "href=\"/documents?page=2\"");
		String second = this.mvc.perform(get("/documents?page=2")).andReturn().getResponse().getContentAsString();
		assertThat(second).contains("href=\"/documents/source-51\"", "href=\"/documents/source-60\"")
			.doesNotContain("href=\"/documents/source-50\"")
			.contains("href=\"/documents?page=1\"");
	}

	@Test
	void shouldGiveADocumentsPassagesInTheApi() throws Exception {
		given(this.reader.document(eq("stern"), eq(false), anyString())).willReturn(Optional.of(STERN));
		this.mvc.perform(get("/api/documents/stern"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.published").value(nullValue()))
			.andExpect(jsonPath("$.publishedDisplay").doesNotExist())
			.andExpect(jsonPath("$.passages", hasSize(3)))
			.andExpect(jsonPath("$.passages[1].id").value(12))
			.andExpect(jsonPath("$.passages[1].ordinal").value(2))
			.andExpect(jsonPath("$.passages[1].kind").value("paragraph"))
			.andExpect(jsonPath("$.passages[1].heading").value("Strategic partnership"))
			.andExpect(jsonPath("$.passages[1].line").value(3))
			.andExpect(jsonPath("$.passages[1].articles[0]").value(3))
			.andExpect(jsonPath("$.passages[2].kind").value("boilerplate"));
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownSlug() throws Exception {
		given(this.reader.document(eq("nope"), eq(false), anyString())).willReturn(Optional.empty());
		this.mvc.perform(get("/api/documents/nope"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("There is no document 'nope'"));
		this.mvc.perform(get("/documents/nope")).andExpect(status().isNotFound());
	}

}
