package org.treatylens.commentary;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Who is asking, as far as the pages need to know: editors also see hidden documents and
 * the curation controls. The role comes from the security configuration (the servlet
 * request knows it); pages never decide who may write, the security rules do.
 */
public final class Editors {

	/** The role that may change the corpus and judge links. */
	public static final String ROLE = "EDITOR";

	private Editors() {
	}

	public static boolean isEditor(HttpServletRequest request) {
		return request.isUserInRole(ROLE);
	}

	/**
	 * The app's own address as the current request reached it, for permalinks and
	 * citations.
	 */
	public static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
