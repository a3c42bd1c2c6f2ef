package org.treatylens.system;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The editor every test context has ({@code treatylens.admin.password} is set for all of
 * them by {@link EditorContextCustomizerFactory}), and how a test acts as that editor.
 */
public final class TestEditor {

	public static final String USERNAME = Editors.ADMIN;

	public static final String PASSWORD = "test-editor-secret";

	private TestEditor() {
	}

	/**
	 * An API request with the editor's HTTP Basic credentials, checked against the real
	 * user store.
	 * @return the post processor
	 */
	public static RequestPostProcessor api() {
		return httpBasic(USERNAME, PASSWORD);
	}

	/**
	 * A page request (a form post) by the signed-in editor, with the form's CSRF token.
	 * @return the post processor
	 */
	public static RequestPostProcessor page() {
		RequestPostProcessor signedIn = user(USERNAME).roles(Editors.ROLE);
		return (request) -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
	}

}
