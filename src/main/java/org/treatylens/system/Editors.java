package org.treatylens.system;

/**
 * Whether anyone can edit: the first editor exists only when
 * {@code treatylens.admin.password} ({@code TREATYLENS_ADMIN_PASSWORD}) is set. Pages use
 * it to say how to enable writing instead of showing forms nobody may submit.
 *
 * @param exist whether an editor account is configured
 */
public record Editors(boolean exist) {

	/** The role every write needs. */
	public static final String ROLE = "EDITOR";

	/** The first editor's user name. */
	public static final String ADMIN = "admin";

}
