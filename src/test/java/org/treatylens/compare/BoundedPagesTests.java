package org.treatylens.compare;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobQueue;
import org.treatylens.linking.ArticleLinks;
import org.treatylens.linking.LinkedPassage;
import org.treatylens.system.TestEditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With more rows than a page holds, the reading desk, the document reader, passage
 * permalinks and the API lists answer a bounded page, and the next page has the rest. A
 * long document whose every paragraph cites Article 3 is imported for the purpose (and
 * deleted after, so that the other tests see the bundled corpus).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundedPagesTests {

	private static final String SLUG = "bounded-pages-notes";

	private static final int PARAGRAPHS = 240;

	/** Passages a page of the document reader shows. */
	private static final int READER_PAGE = 200;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CorpusJobs jobs;

	@Autowired
	private ArticleLinks links;

	@BeforeAll
	void importALongDocumentOnArticleThree() throws Exception {
		JobQueue.awaitIdle(this.jobs);
		StringBuilder text = new StringBuilder("Notes on Article 3\n\n");
		for (int i = 1; i <= PARAGRAPHS; i++) {
			text.append("Observation ")
				.append(i)
				.append(": Article 3 of the treaty binds both parties not to help an aggressor, and reading ")
				.append(i)
				.append(" weighs that promise against case number ")
				.append(i * 7)
				.append(".\n\n");
		}
		this.mvc
			.perform(
					multipart("/api/import/documents")
						.file(new MockMultipartFile("file", SLUG + ".txt", "text/plain",
								text.toString().getBytes(StandardCharsets.UTF_8)))
						.param("slug", SLUG)
						.with(TestEditor.api()))
			.andExpect(status().isCreated());
		JobQueue.awaitIdle(this.jobs, java.time.Duration.ofMinutes(3));
	}

	@AfterAll
	void deleteIt() throws Exception {
		this.mvc.perform(delete("/api/documents/" + SLUG).with(TestEditor.api())).andExpect(status().isNoContent());
		JobQueue.awaitIdle(this.jobs);
	}

	@Test
	void theDeskShowsEachSourcesStrongestFiveAndPagesThroughTheRest() throws Exception {
		List<Long> ours = ours();
		assertThat(ours).hasSizeGreaterThan(DeskGroup.PAGE * 2);
		String desk = page("/articles/3");
		assertThat(shown(desk, ours)).containsExactlyElementsOf(ours.subList(0, DeskGroup.STRONGEST));
		String more = "/articles/3?more=" + SLUG;
		assertThat(desk).contains("href=\"" + more + "#source-" + SLUG + "\"")
			.contains("Show all " + ours.size() + " passages from");
		// the second page of this source's passages: the next 25, other sources still
		// bounded, the way back and on kept in the URL
		String second = page(more + "&page=2");
		assertThat(shown(second, ours)).containsExactlyElementsOf(ours.subList(DeskGroup.PAGE, 2 * DeskGroup.PAGE));
		assertThat(second).contains("href=\"" + more + "#source-" + SLUG + "\"")
			.contains("href=\"" + more + "&amp;page=3#source-" + SLUG + "\"")
			.contains("Passages 26–50 of " + ours.size());
		// the chosen sources and paragraph stay in the "show more" links
		assertThat(page("/articles/3?sources=" + SLUG + "&para=3"))
			.contains("href=\"/articles/3?sources=" + SLUG + "&amp;para=3&amp;more=" + SLUG + "#source-" + SLUG + "\"");
	}

	@Test
	void aLongDocumentIsReadAPageAtATimeAndItsJumpsAndPermalinksFindThePage() throws Exception {
		String first = page("/documents/" + SLUG);
		int passages = PARAGRAPHS + 1;
		assertThat(count(first, "class=\"passage ")).isEqualTo(READER_PAGE);
		assertThat(first).contains("id=\"p-" + READER_PAGE + "\"")
			.doesNotContain("id=\"p-" + (READER_PAGE + 1) + "\"")
			.contains("href=\"/documents/" + SLUG + "?page=2\"")
			.contains("Passages 1–200 of " + passages);
		String second = page("/documents/" + SLUG + "?page=2");
		assertThat(count(second, "class=\"passage ")).isEqualTo(passages - READER_PAGE);
		assertThat(second).contains("id=\"p-" + passages + "\"")
			.doesNotContain("id=\"p-1\"")
			// the jump to the first passage on Article 3 and the heading are on page 1
			.contains("href=\"/documents/" + SLUG + "#p-1\"")
			.containsPattern("href=\"/documents/" + SLUG + "#p-[12]\">Article 3 \\(");
		long late = ours().stream().filter((id) -> ordinal(id) > READER_PAGE).findFirst().orElseThrow();
		MockHttpServletResponse redirect = this.mvc.perform(get("/passages/" + late)).andReturn().getResponse();
		assertThat(redirect.getRedirectedUrl()).isEqualTo("/documents/" + SLUG + "?page=2#p-" + ordinal(late));
	}

	@Test
	void theApiListsArePagedWithLinksAndATotal() throws Exception {
		int total = this.links.forArticle(3).size();
		MockHttpServletResponse first = this.mvc.perform(get("/api/articles/3/passages?size=10"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(first.getHeader("X-Total-Count")).isEqualTo(Integer.toString(total));
		assertThat(first.getHeader("Link")).contains("</api/articles/3/passages?page=2&size=10>; rel=\"next\"")
			.doesNotContain("rel=\"prev\"");
		assertThat(count(first.getContentAsString(), "\"passageId\"")).isEqualTo(10);
		String second = this.mvc.perform(get("/api/articles/3/passages?size=10&page=2"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).contains("\"passageId\":" + this.links.forArticle(3).get(10).passageId() + ",");
		// the default page is the largest; beyond it, and beyond the last page, a 400
		assertThat(count(page("/api/articles/3/passages"), "\"passageId\"")).isEqualTo(Math.min(total, 200));
		this.mvc.perform(get("/api/articles/3/passages?size=201")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/articles/3/passages?size=10&page=" + (total / 10 + 2)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/documents?size=0")).andExpect(status().isBadRequest());

		MockHttpServletResponse document = this.mvc.perform(get("/api/documents/" + SLUG + "?size=100&page=3"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(document.getHeader("X-Total-Count")).isEqualTo(Integer.toString(PARAGRAPHS + 1));
		assertThat(count(document.getContentAsString(), "\"ordinal\"")).isEqualTo(PARAGRAPHS + 1 - 200);
		assertThat(document.getHeader("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

		MockHttpServletResponse documents = this.mvc.perform(get("/api/documents?size=2&page=2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(count(documents.getContentAsString(), "\"slug\"")).isEqualTo(2);
		assertThat(Integer.parseInt(documents.getHeader("X-Total-Count"))).isGreaterThan(4);
		assertThat(documents.getHeader("Link")).contains("</api/documents?page=1&size=2>; rel=\"prev\"");
		MockHttpServletResponse articles = this.mvc.perform(get("/api/articles?size=20&page=3"))
			.andReturn()
			.getResponse();
		assertThat(articles.getHeader("X-Total-Count")).isEqualTo("47");
		assertThat(count(articles.getContentAsString(), "\"present\"")).isEqualTo(7);
	}

	/** The ids of the imported document's passages on Article 3, in the desk's order. */
	@Test
	void aCompareColumnShowsItsStrongestPassagesAndLinksTheRestOnTheDesk() throws Exception {
		List<Long> ours = ours();
		String compare = page("/compare?article=3&sources=" + SLUG);
		assertThat(shown(compare, ours)).containsExactlyElementsOf(ours.subList(0, CompareColumn.SIZE));
		assertThat(compare).contains(ours.size() + " passages")
			.contains((ours.size() - CompareColumn.SIZE) + " more from")
			.contains("href=\"/articles/3?more=" + SLUG + "#source-" + SLUG + "\"");
	}

	@Test
	void theDatabaseCutsTheSamePagesCountsAndStrongestPassagesAsTheWholeRanking() {
		List<LinkedPassage> all = this.links.forArticle(3);
		assertThat(all).hasSizeGreaterThan(PARAGRAPHS);
		List<LinkedPassage> paged = new ArrayList<>();
		for (int offset = 0; offset < all.size(); offset += 7) {
			paged.addAll(this.links.forArticle(3, offset, 7));
		}
		assertThat(paged).as("pages of 7, reasons and all").containsExactlyElementsOf(all);
		Map<String, Long> perSource = all.stream()
			.collect(Collectors.groupingBy(LinkedPassage::document, Collectors.counting()));
		Map<String, Long> onParagraph3 = all.stream()
			.filter((p) -> p.reasons().stream().anyMatch((r) -> Integer.valueOf(3).equals(r.paragraph())))
			.collect(Collectors.groupingBy(LinkedPassage::document, Collectors.counting()));
		assertThat(this.links.countsForArticle(3, 3)).allSatisfy((c) -> {
			assertThat((long) c.passages()).isEqualTo(perSource.get(c.document()));
			assertThat((long) c.onParagraph()).isEqualTo(onParagraph3.getOrDefault(c.document(), 0L));
		}).hasSize(perSource.size());
		// each source's first two, ours its first 30, in the whole ranking's order
		Map<String, Integer> taken = new HashMap<>();
		List<LinkedPassage> strongest = all.stream()
			.filter((p) -> taken.merge(p.document(), 1, Integer::sum) <= (p.document().equals(SLUG) ? 30 : 2))
			.toList();
		assertThat(this.links.strongestPerSource(3, null, Map.of(SLUG, 30), 2)).containsExactlyElementsOf(strongest);
		Map<String, Integer> takenOn3 = new HashMap<>();
		List<LinkedPassage> strongestOn3 = all.stream()
			.filter((p) -> p.reasons().stream().anyMatch((r) -> Integer.valueOf(3).equals(r.paragraph())))
			.filter((p) -> takenOn3.merge(p.document(), 1, Integer::sum) <= 1)
			.toList();
		assertThat(this.links.strongestPerSource(3, 3, Map.of(), 1)).containsExactlyElementsOf(strongestOn3);
	}

	private List<Long> ours() {
		return this.links.forArticle(3)
			.stream()
			.filter((p) -> p.document().equals(SLUG))
			.map(LinkedPassage::passageId)
			.toList();
	}

	private int ordinal(long passageId) {
		return this.links.forArticle(3)
			.stream()
			.filter((p) -> p.passageId() == passageId)
			.findFirst()
			.orElseThrow()
			.ordinal();
	}

	/** The passages of {@code ids} on the page, in the page's order. */
	private static List<Long> shown(String page, List<Long> ids) {
		Matcher matcher = Pattern.compile("id=\"passage-(\\d+)\"").matcher(page);
		java.util.ArrayList<Long> shown = new java.util.ArrayList<>();
		while (matcher.find()) {
			long id = Long.parseLong(matcher.group(1));
			if (ids.contains(id)) {
				shown.add(id);
			}
		}
		return shown;
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static int count(String text, String needle) {
		return text.split(Pattern.quote(needle), -1).length - 1;
	}

}
