package org.treatylens.corpus;

/**
 * An import that would clash with what is stored (a slug already taken, a second treaty).
 * Nothing of it is saved.
 */
public class ImportRejectedException extends RuntimeException {

	public ImportRejectedException(String message) {
		super(message);
	}

}
