package org.treatylens.corpus;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import org.treatylens.commentary.Passage;
import org.treatylens.commentary.SourceDocument;
import org.treatylens.commentary.SourceDocumentRepository;
import org.treatylens.commentary.SourcesChanged;
import org.treatylens.system.TestEditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An editor manages documents through the API, on the whole app and PostgreSQL: edit the
 * metadata, store a new version of the text, hide, delete; every change in the history.
 * Each test works on a document of its own and leaves the bundled corpus as it found it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentCurationFlowTests {

	static final String TEXT = """
			Article 3 and sovereignty
			Under Article 3 the parties pledge not to interfere in each other's internal affairs.
			This paragraph goes in the second version.
			A closing remark on the trade figures of the two states.
			""";

	static final String NEW_TEXT = """
			Article 3 and sovereignty
			A new opening paragraph about the signing ceremony in Moscow.
			Under Article 3 the parties pledge not to interfere in each other's internal affairs.
			A closing remark on the trade figures of the two states.
			""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CorpusImporter importer;

	@Autowired
	private CorpusLoader loader;

	@Autowired
	private SourceDocumentRepository documents;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CorpusJobs jobs;

	@Autowired
	private ApplicationEventPublisher events;

	@AfterEach
	void removeWhatTheTestsAdded() {
		this.documents.findBySlug("curation-notes").ifPresent(this.documents::delete);
		this.jdbc.update("update source_document set hidden = false where bundled");
		// behind the app's back: what it keeps of the sources (and their links' coverage)
		// is told
		this.events.publishEvent(new SourcesChanged());
	}

	@BeforeEach
	void waitForTheStartUpJobs() {
		JobQueue.awaitIdle(this.jobs);
	}

	private SourceDocument importNotes() {
		SourceDocument stored = this.importer
			.importDocument(new org.treatylens.commentary.DocumentMetadata("curation-notes", "Curation notes", null,
					null, null, null, null, "analysis", null), CorpusFile.of("notes.txt", TEXT), "admin")
			.stored();
		JobQueue.awaitIdle(this.jobs);
		return stored;
	}

	@Test
	void shouldRecordTheSignedInEditorNotTheAppAsWhoImported() throws Exception {
		this.mvc
			.perform(multipart("/api/import/documents")
				.file(new MockMultipartFile("file", "notes.txt", "text/plain", TEXT.getBytes()))
				.param("slug", "curation-notes")
				.with(TestEditor.api()))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/documents/curation-notes/history"))
			.andExpect(jsonPath("$[0].action").value("imported"))
			.andExpect(jsonPath("$[0].actor").value("admin"));
		JobQueue.awaitIdle(this.jobs);
		this.documents.findBySlug("curation-notes").ifPresent(this.documents::delete);

		// a form import by another editor: their name, whoever it is
		this.mvc
			.perform(multipart("/import/document")
				.file(new MockMultipartFile("file", "notes.txt", "text/plain", TEXT.getBytes()))
				.param("slug", "curation-notes")
				.with(user("maria").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/documents/curation-notes/history"))
			.andExpect(jsonPath("$[0].action").value("imported"))
			.andExpect(jsonPath("$[0].actor").value("maria"));
		JobQueue.awaitIdle(this.jobs);
	}

	@Test
	void shouldEditTheMetadataFieldByFieldAndRecordWhoDidWhat() throws Exception {
		importNotes();
		this.mvc
			.perform(patch("/api/documents/curation-notes").with(TestEditor.api())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title": "Notes on the treaty", "originalUrl": "https://example.org/notes",
						 "language": "en", "accessed": "2026-11-30", "kind": null}
						"""))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/documents/curation-notes"))
			.andExpect(jsonPath("$.title").value("Notes on the treaty"))
			.andExpect(jsonPath("$.label").value("Curation notes"))
			.andExpect(jsonPath("$.originalUrl").value("https://example.org/notes"))
			.andExpect(jsonPath("$.accessed").value("2026-11-30"))
			.andExpect(jsonPath("$.kind").value(nullValue()))
			.andExpect(jsonPath("$.author").value(nullValue()))
			.andExpect(jsonPath("$.citation.bibtex").value(containsString("urldate = {2026-11-30}")))
			.andExpect(jsonPath("$.citation.bibtex").value(not(containsString("author"))));
		this.mvc.perform(get("/api/documents/curation-notes/history"))
			.andExpect(jsonPath("$[0].action").value("edited"))
			.andExpect(jsonPath("$[0].details.before.kind").value("analysis"))
			.andExpect(jsonPath("$[0].details.after.kind").value(nullValue()))
			.andExpect(jsonPath("$[1].action").value("imported"))
			.andExpect(jsonPath("$[1].actor").value("admin"));
	}

	@Test
	void shouldRefuseBadMetadataWithTheReasonAndChangeNothing() throws Exception {
		importNotes();
		this.mvc
			.perform(patch("/api/documents/curation-notes").with(TestEditor.api())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"originalUrl\": \"ftp://example.org\", \"title\": \"T\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$..*", hasItem(containsString("not an http:// or https:// address"))));
		this.mvc
			.perform(patch("/api/documents/curation-notes").with(TestEditor.api())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"colour\": \"red\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$..*", hasItem(containsString("Unknown field(s) [colour]"))));
		this.mvc
			.perform(patch("/api/documents/nobody").with(TestEditor.api())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/documents/curation-notes")).andExpect(jsonPath("$.title").value(nullValue()));
	}

	@Test
	void shouldKeepUnchangedPassagesAndTheirPermalinksInANewVersion() throws Exception {
		SourceDocument first = importNotes();
		Map<String, Long> ids = ids(first);
		long kept = ids.get("Under Article 3 the parties pledge not to interfere in each other's internal affairs.");
		long dropped = ids.get("This paragraph goes in the second version.");
		this.mvc.perform(get("/passages/" + kept)).andExpect(redirectedUrl("/documents/curation-notes#p-2"));

		this.mvc
			.perform(put("/api/documents/curation-notes/text").with(TestEditor.api())
				.contentType(MediaType.TEXT_PLAIN)
				.content(NEW_TEXT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.passages").value(4));

		assertThat(this.jdbc.queryForObject("select ordinal from passage where id = ?", Integer.class, kept))
			.isEqualTo(3);
		// the permalink follows the passage to its new place; the one that went is gone
		this.mvc.perform(get("/passages/" + kept)).andExpect(redirectedUrl("/documents/curation-notes#p-3"));
		this.mvc.perform(get("/passages/" + dropped)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/documents/curation-notes/history"))
			.andExpect(jsonPath("$[0].action").value("replaced"))
			.andExpect(jsonPath("$[0].details.unchangedPassages").value(3));
	}

	@Test
	void shouldRefuseATextThatDoesNotParseAndKeepTheOldVersion() throws Exception {
		importNotes();
		this.mvc
			.perform(put("/api/documents/curation-notes/text").with(TestEditor.api())
				.contentType(MediaType.TEXT_PLAIN)
				.content("  \n\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$..*", hasItem(containsString("the document has no text"))));
		this.mvc.perform(get("/api/documents/curation-notes")).andExpect(jsonPath("$.passages.length()").value(4));
	}

	@Test
	void shouldDeleteADocumentWithItsLinksAndKeepWhatWasThereInTheHistory() throws Exception {
		importNotes();
		this.mvc.perform(get("/api/articles/3/passages"))
			.andExpect(jsonPath("$.passages[*].document", hasItem("curation-notes")));

		this.mvc.perform(delete("/api/documents/curation-notes").with(TestEditor.api()))
			.andExpect(status().isNoContent());

		this.mvc.perform(get("/api/documents/curation-notes")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/articles/3/passages"))
			.andExpect(jsonPath("$.passages[*].document", not(hasItem("curation-notes"))));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from passage p join source_document d on d.id = p.document_id where d.slug = ?",
				Long.class, "curation-notes"))
			.isZero();
		this.mvc.perform(get("/api/documents/curation-notes/history"))
			.andExpect(jsonPath("$[0].action").value("deleted"))
			.andExpect(jsonPath("$[0].details.metadata.label").value("Curation notes"))
			.andExpect(jsonPath("$[0].details.passages").value(4))
			.andExpect(jsonPath("$[0].summary").value(containsString("4 passages")));
		this.mvc.perform(delete("/api/documents/curation-notes").with(TestEditor.api()))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldHideABundledDocumentFromReadersUntilAnEditorShowsItAgain() throws Exception {
		String slug = "stern-dpa-two-decades";
		this.mvc
			.perform(patch("/api/documents/" + slug).with(TestEditor.api())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"hidden\": true}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/documents")).andExpect(jsonPath("$[*].slug", not(hasItem(slug))));
		this.mvc.perform(get("/api/documents/" + slug)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/articles/3/passages"))
			.andExpect(jsonPath("$.passages[*].document", not(hasItem(slug))));

		// a restart's loader keeps it hidden
		this.loader.load();
		assertThat(this.documents.findBySlug(slug).orElseThrow().isHidden()).isTrue();

		this.mvc
			.perform(patch("/api/documents/" + slug).with(TestEditor.api())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"hidden\": false}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/documents")).andExpect(jsonPath("$[*].slug", hasItem(slug)));
		this.mvc.perform(get("/api/documents/" + slug + "/history"))
			.andExpect(jsonPath("$[0].action").value("shown"))
			.andExpect(jsonPath("$[1].action").value("hidden"));
	}

	@Test
	void shouldPreviewTheLinksOfAnImportWithoutStoringAnything() throws Exception {
		long before = this.documents.count();
		this.mvc
			.perform(multipart("/api/import/documents/preview").with(TestEditor.api())
				.file(new MockMultipartFile("file", "notes.txt", "text/plain", TEXT.getBytes()))
				.param("slug", "curation-notes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passages.length()").value(4))
			.andExpect(jsonPath("$.passages[1].links[0].article").value(3))
			.andExpect(jsonPath("$.passages[1].links[0].kind").value("citation"));
		assertThat(this.documents.count()).isEqualTo(before);
		assertThat(this.documents.findBySlug("curation-notes")).isEmpty();
	}

	@Test
	void shouldCarryTheUploadedTextFromThePreviewPageToTheConfirmation() throws Exception {
		String page = this.mvc
			.perform(multipart("/import/document/preview").with(TestEditor.page())
				.file(new MockMultipartFile("file", "notes.txt", "text/plain", TEXT.getBytes()))
				.param("slug", "curation-notes"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the confirming form posts the text that was uploaded, not a page of the site
		String carried = page.substring(page.indexOf("<textarea name=\"content\""));
		carried = carried.substring(carried.indexOf('>') + 1, carried.indexOf("</textarea>"));
		assertThat(carried).contains("pledge not to interfere").doesNotContain("<html", "&lt;html");
	}

	@Test
	void shouldLetOnlyEditorsChangeADocument() throws Exception {
		importNotes();
		this.mvc
			.perform(patch("/api/documents/curation-notes").contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"x\"}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(put("/api/documents/curation-notes/text").contentType(MediaType.TEXT_PLAIN).content(NEW_TEXT))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(delete("/api/documents/curation-notes")).andExpect(status().isUnauthorized());
		this.mvc.perform(delete("/api/documents/curation-notes").with(httpBasic("reader", "nope")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(delete("/api/documents/curation-notes").with(user("reader").roles("READER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/editor/documents/curation-notes")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/documents/curation-notes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value(nullValue()))
			.andExpect(jsonPath("$.version").value(1));
	}

	private static Map<String, Long> ids(SourceDocument document) {
		List<Passage> passages = document.getPassages();
		return passages.stream().collect(java.util.stream.Collectors.toMap(Passage::getText, Passage::getId));
	}

}
