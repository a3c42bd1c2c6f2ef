package org.treatylens.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The access rules on paths that stand for any page or API endpoint, present and future:
 * reading is public, every other method needs the editor, API writes from another site
 * are refused, and every response carries the security headers.
 */
@WebMvcTest({ SecurityWebTests.Api.class, SecurityWebTests.Pages.class })
@Import({ SecurityWebTests.Api.class, SecurityWebTests.Pages.class })
class SecurityWebTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void readersNeedNoAccount() throws Exception {
		this.mvc.perform(get("/api/things")).andExpect(status().isOk());
		this.mvc.perform(head("/api/things")).andExpect(status().isOk());
		this.mvc.perform(get("/things")).andExpect(status().isOk());
	}

	@Test
	void everyApiWriteWithoutCredentialsIs401WithAProblem() throws Exception {
		for (MockHttpServletRequestBuilder write : new MockHttpServletRequestBuilder[] { post("/api/things"),
				put("/api/things"), patch("/api/things"), delete("/api/things"), post("/api/route/nobody/added") }) {
			this.mvc.perform(write)
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(401))
				.andExpect(jsonPath("$.detail").value(containsString("editor")));
		}
	}

	@Test
	void aWrongPasswordIs401() throws Exception {
		this.mvc.perform(post("/api/things").with(httpBasic(TestEditor.USERNAME, "guess")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aSignedInUserWithoutTheEditorRoleIs403() throws Exception {
		this.mvc.perform(post("/api/things").with(user("reader").roles("READER")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
		this.mvc.perform(post("/things").with(user("reader").roles("READER")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theEditorWritesThroughTheApiWithoutASession() throws Exception {
		this.mvc.perform(post("/api/things").with(TestEditor.api()))
			.andExpect(status().isOk())
			.andExpect(content().string("written"))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect((result) -> org.assertj.core.api.Assertions.assertThat(result.getRequest().getSession(false))
				.isNull());
	}

	@Test
	void anApiWriteFromAnotherSitesPageIsRefusedEvenWithCredentials() throws Exception {
		this.mvc.perform(post("/api/things").with(TestEditor.api()).header("Origin", "https://evil.example"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("another site")));
		this.mvc.perform(post("/api/things").with(TestEditor.api()).header("Origin", "null"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/things").with(TestEditor.api()).header("Sec-Fetch-Site", "cross-site"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/things").with(TestEditor.api()).header("Sec-Fetch-Site", "same-site"))
			.andExpect(status().isForbidden());
		// the app's own pages, and clients that are not browsers, may write
		this.mvc
			.perform(post("/api/things").with(TestEditor.api())
				.header("Origin", "http://localhost")
				.header("Sec-Fetch-Site", "same-origin"))
			.andExpect(status().isOk());
	}

	@Test
	void aFormWriteNeedsTheEditorAndTheFormsCsrfToken() throws Exception {
		this.mvc.perform(post("/things").with(csrf())).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/things").with(user(TestEditor.USERNAME).roles(Editors.ROLE)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/things").with(csrf().useInvalidToken()).with(user(TestEditor.USERNAME).roles(Editors.ROLE)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/things").with(TestEditor.page()))
			.andExpect(status().isOk())
			.andExpect(content().string("written"));
	}

	@Test
	void editorPagesSendReadersToTheSignInForm() throws Exception {
		this.mvc.perform(get("/import")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/editor/documents")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/editor/documents").with(user(TestEditor.USERNAME).roles(Editors.ROLE)))
			.andExpect(status().isOk());
	}

	@Test
	void theFirstEditorSignsInWithTheConfiguredPassword() throws Exception {
		this.mvc.perform(formLogin("/login").user(TestEditor.USERNAME).password(TestEditor.PASSWORD))
			.andExpect(authenticated().withUsername(TestEditor.USERNAME).withRoles(Editors.ROLE));
		this.mvc.perform(formLogin("/login").user(TestEditor.USERNAME).password("guess"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		for (String path : new String[] { "/things", "/api/things" }) {
			this.mvc.perform(get(path))
				.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("Content-Security-Policy",
						org.hamcrest.Matchers.not(containsString("unsafe-inline"))))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
		}
	}

	/** Stands for any API endpoint. */
	@RestController
	@RequestMapping("/api")
	static class Api {

		@GetMapping("/things")
		String read() {
			return "read";
		}

		@RequestMapping("/things")
		String write() {
			return "written";
		}

	}

	/** Stands for any page, editor page and form. */
	@Controller
	static class Pages {

		@GetMapping({ "/things", "/editor/documents" })
		@ResponseBody
		String read() {
			return "read";
		}

		@PostMapping("/things")
		@ResponseBody
		String write() {
			return "written";
		}

	}

}
