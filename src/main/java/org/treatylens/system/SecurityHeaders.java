package org.treatylens.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;

/**
 * The headers every answer carries. Spring Security writes them through
 * {@link SecurityConfiguration}; the filters that must answer before it runs (upload and
 * rate limits) write them with {@link #writeTo} so that a 413 or a 429 is no less
 * protected than a page.
 */
final class SecurityHeaders {

	/**
	 * A CSP without 'unsafe-inline': scripts and styles come from the app's own files
	 * only.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The API page (swagger-ui from its webjar) under the same policy, except that its
	 * script inserts one fixed inline style element: that one is allowed by its hash, not
	 * inline styles in general. A swagger-ui upgrade that changes it shows up in
	 * {@code ApiPageBrowserTests}.
	 */
	static final String API_PAGE_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self';",
			"style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w=';");

	static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

	private SecurityHeaders() {
	}

	/** The policy header writer of the security configuration. */
	static HeaderWriter contentSecurityPolicy() {
		return (request, response) -> response.setHeader("Content-Security-Policy", contentSecurityPolicy(request));
	}

	/** Writes the whole set, as Spring Security would have, onto an early answer. */
	static void writeTo(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", contentSecurityPolicy(request));
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", REFERRER_POLICY);
		response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
	}

	private static String contentSecurityPolicy(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/swagger-ui/") ? API_PAGE_CONTENT_SECURITY_POLICY
				: CONTENT_SECURITY_POLICY;
	}

}
