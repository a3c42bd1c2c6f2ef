package org.treatylens.corpus;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.treatylens.system.TestEditor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With no editor password configured nobody can write, and the import page says how to
 * enable writing instead of offering forms that cannot be submitted.
 */
@WebMvcTest({ ImportController.class, ImportApiController.class })
@Import(CorpusLimits.class)
@TestPropertySource(properties = "treatylens.admin.password=")
class ImportWithoutEditorWebTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CorpusImporter importer;

	@MockitoBean
	private CorpusJobs jobs;

	@Test
	void shouldSayHowToEnableWriting() throws Exception {
		this.mvc.perform(get("/import"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("TREATYLENS_ADMIN_PASSWORD")))
			.andExpect(content().string(not(containsString("<form class=\"form\""))));
	}

	@Test
	void shouldLetNobodyWrite() throws Exception {
		MockMultipartFile text = new MockMultipartFile("file", "notes.txt", "text/plain", "A paragraph.\n".getBytes());
		for (String password : new String[] { TestEditor.PASSWORD, "", "admin" }) {
			this.mvc
				.perform(multipart("/api/import/documents").file(text)
					.param("slug", "notes")
					.with(httpBasic(TestEditor.USERNAME, password)))
				.andExpect(status().isUnauthorized());
		}
		verifyNoInteractions(this.importer);
	}

}
