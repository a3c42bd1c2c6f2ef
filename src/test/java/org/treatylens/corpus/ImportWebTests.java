package org.treatylens.corpus;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.SourceDocument;

import org.treatylens.system.TestEditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@WebMvcTest({ ImportController.class, ImportApiController.class })
@Import(CorpusLimits.class)
class ImportWebTests {

	private static final MockMultipartFile TEXT = new MockMultipartFile("file", "notes.txt", "text/plain",
			"A paragraph.\n".getBytes());

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CorpusImporter importer;

	@MockitoBean
	private CorpusJobs jobs;

	private static final CorpusJob PENDING = new CorpusJob(12, CorpusJob.Action.LINK_DOCUMENT, "my-notes",
			CorpusJob.State.PENDING, 0, null, "imported from notes.txt", Instant.parse("2026-01-01T10:00:00Z"), null,
			null);

	@Test
	void shouldAnswerAStoredImportAtOnceWithItsPendingJob() throws Exception {
		SourceDocument stored = new SourceDocument(
				new DocumentMetadata("my-notes", "My notes", null, null, null, null, null, null, null), "notes.txt",
				"0".repeat(64));
		given(this.importer.importDocument(any(), any(), any())).willReturn(new Imported<>(stored, PENDING));
		this.mvc.perform(multipart("/api/import/documents").file(TEXT).with(TestEditor.api()).param("slug", "my-notes"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.slug").value("my-notes"))
			.andExpect(jsonPath("$.job.id").value(12))
			.andExpect(jsonPath("$.job.state").value("pending"))
			.andExpect(jsonPath("$.job.link").value("/api/import/jobs/12"));
		this.mvc.perform(multipart("/import/document").file(TEXT).with(TestEditor.page()).param("slug", "my-notes"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("imported", containsString("Job 12 is pending")));
	}

	@Test
	void shouldShowAJobsStateAndErrorAndSayWhenThereIsNoSuchJob() throws Exception {
		given(this.jobs.find(12)).willReturn(
				Optional.of(new CorpusJob(12, CorpusJob.Action.LINK_DOCUMENT, "my-notes", CorpusJob.State.FAILED, 3,
						"Could not write the search index", null, Instant.now(), Instant.now(), Instant.now())));
		this.mvc.perform(get("/api/import/jobs/12"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("failed"))
			.andExpect(jsonPath("$.attempts").value(3))
			.andExpect(jsonPath("$.error").value("Could not write the search index"));
		this.mvc.perform(get("/api/import/jobs/13")).andExpect(status().isNotFound());
	}

	@Test
	void shouldAnswerASlugTakenWithAConflict() throws Exception {
		given(this.importer.importDocument(any(), any(), any())).willThrow(new DocumentExistsException("my-notes"));
		this.mvc.perform(multipart("/api/import/documents").file(TEXT).with(TestEditor.api()).param("slug", "my-notes"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("already a document with the slug 'my-notes'")));
		this.mvc.perform(multipart("/import/document").file(TEXT).with(TestEditor.page()).param("slug", "my-notes"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("already a document with the slug")));
	}

	@Test
	void shouldAnswerATreatyWhoseIdIsADocumentsSlugWithAConflict() throws Exception {
		given(this.importer.importTreaty(any(), any())).willThrow(DocumentExistsException.documentsSlug("my-notes"));
		this.mvc.perform(multipart("/api/import/treaty").file(TEXT).with(TestEditor.api()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("'my-notes' is already the slug of a document")));
		this.mvc.perform(multipart("/import/treaty").file(TEXT).with(TestEditor.page()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("is already the slug of a document")));
	}

	@Test
	void shouldLetOnlyTheSignedInEditorImport() throws Exception {
		this.mvc.perform(multipart("/api/import/documents").file(TEXT).param("slug", "notes"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(multipart("/api/import/treaty").file(TEXT)).andExpect(status().isUnauthorized());
		this.mvc.perform(multipart("/import/document").file(TEXT).param("slug", "notes").with(csrf()))
			.andExpect(status().isUnauthorized());
		// signed in, but the form's CSRF token is missing: another site's page posted it
		this.mvc
			.perform(multipart("/import/document").file(TEXT)
				.param("slug", "notes")
				.with(user(TestEditor.USERNAME).roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/import")).andExpect(status().isFound());
		verifyNoInteractions(this.importer);
	}

	@Test
	void shouldSendAReloadOfAFormsAddressBackToTheForm() throws Exception {
		for (String address : new String[] { "/import/document", "/import/treaty" }) {
			this.mvc.perform(get(address).with(user(TestEditor.USERNAME).roles("EDITOR")))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/import"));
		}
		verifyNoInteractions(this.importer);
	}

	@Test
	void shouldExplainEveryFieldAndOfferASampleDocument() throws Exception {
		this.mvc.perform(get("/import").with(user(TestEditor.USERNAME).roles("EDITOR")))
			.andExpect(status().isOk())
			// the link is content-versioned; the file still downloads under its plain
			// name
			.andExpect(content().string(containsString("href=\"/samples/commentary-sample")))
			.andExpect(content().string(containsString("download=\"commentary-sample.txt\"")))
			.andExpect(content().string(containsString("aria-describedby=\"doc-slug-help\"")))
			.andExpect(content().string(containsString("aria-describedby=\"doc-label-help\"")))
			.andExpect(content().string(containsString("aria-describedby=\"doc-kind-help\"")));
	}

	@Test
	void shouldShowTheFormAgainWithTheReasonAndTheValuesEntered() throws Exception {
		given(this.importer.importDocument(any(), any(), any()))
			.willThrow(new CorpusFormatException("notes.txt", 0, "the document has no text"));
		this.mvc
			.perform(multipart("/import/document").file(TEXT)
				.with(TestEditor.page())
				.param("slug", "my-notes")
				.param("author", "Jane Doe"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("notes.txt: the document has no text</p>")))
			.andExpect(content().string(containsString("name=\"slug\" value=\"my-notes\"")))
			.andExpect(content().string(containsString("name=\"author\" value=\"Jane Doe\"")));
	}

	@Test
	void shouldRefuseABadSlugOrDateBeforeImporting() throws Exception {
		this.mvc.perform(multipart("/api/import/documents").file(TEXT).with(TestEditor.api()).param("slug", "Bad Slug"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("slug 'Bad Slug' must be lower-case letters, digits and hyphens"));
		this.mvc
			.perform(multipart("/api/import/documents").file(TEXT)
				.with(TestEditor.api())
				.param("slug", "ok")
				.param("published", "Feb"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("'Feb' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"));
		this.mvc.perform(multipart("/api/import/treaty").with(TestEditor.api()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("'file'")));
		verifyNoInteractions(this.importer);
	}

	@Test
	void shouldAnswerARequestThatIsNotMultipartWithABadRequestThatSaysWhatToSend() throws Exception {
		this.mvc.perform(post("/api/import/documents").with(TestEditor.api()).param("slug", "notes"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("multipart/form-data")));
		verifyNoInteractions(this.importer);
	}

	@Test
	void shouldAnswerAMalformedTreatyWithItsLine() throws Exception {
		given(this.importer.importTreaty(any(), any()))
			.willThrow(new CorpusFormatException("full.txt", 12, "Article 3 appears twice (first at line 9)"));
		this.mvc.perform(multipart("/api/import/treaty").file(TEXT).with(TestEditor.api()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("full.txt, line 12: Article 3 appears twice (first at line 9)"));
		this.mvc.perform(multipart("/import/treaty").file(TEXT).with(TestEditor.page()))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("full.txt, line 12: Article 3 appears twice (first at line 9)</p>")));
	}

	@Test
	void shouldRefuseAMegabyteSlugOrLabelWithTheLimitAndNotSendItBack() throws Exception {
		String megabyte = "a".repeat(1 << 20);
		this.mvc.perform(multipart("/api/import/documents").file(TEXT).with(TestEditor.api()).param("slug", megabyte))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("The slug is 1,048,576 characters long; at most 100 are allowed."));
		String page = this.mvc
			.perform(multipart("/import/document").file(TEXT)
				.with(TestEditor.page())
				.param("slug", "my-notes")
				.param("label", megabyte))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("The label is 1,048,576 characters long; at most 500 are allowed.")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the form is shown again with what fits, not with the megabyte
		assertThat(page.length()).isLessThan(100_000);
		assertThat(page).contains("name=\"slug\" value=\"my-notes\"");
		verifyNoInteractions(this.importer);
	}

	@Test
	void shouldRefuseAControlCharacterInAFieldSayingWhere() throws Exception {
		this.mvc
			.perform(multipart("/api/import/documents").file(TEXT)
				.with(TestEditor.api())
				.param("slug", "my-notes")
				.param("author", "Jane\u0000Doe"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("The author has a control character (U+0000) at character 5; remove it."));
		verifyNoInteractions(this.importer);
	}

}
