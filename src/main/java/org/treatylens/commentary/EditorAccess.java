package org.treatylens.commentary;

import jakarta.servlet.http.HttpServletRequest;

import org.treatylens.system.Editors;

/**
 * Whether the person asking is an editor, as far as the pages need to know: editors also
 * see hidden documents and the curation controls. The role comes from the security
 * configuration (the servlet request knows it); pages never decide who may write, the
 * security rules do.
 */
public final class EditorAccess {

	private EditorAccess() {
	}

	public static boolean isEditor(HttpServletRequest request) {
		return request.isUserInRole(Editors.ROLE);
	}

}
