package org.treatylens.corpus;

import java.security.Principal;

/**
 * Who made a change, for the history: the signed-in user's name. Writes need the editor
 * role, so there is always one in practice; "anonymous" only says that the rules let a
 * request through unsigned.
 */
public final class Actors {

	private Actors() {
	}

	public static String of(Principal principal) {
		return (principal != null && principal.getName() != null) ? principal.getName() : "anonymous";
	}

}
