package org.treatylens.corpus;

/**
 * An import under a slug that another document already has (also when two uploads race
 * for the same new slug): a conflict with what is stored, answered 409.
 */
public class DocumentExistsException extends ImportRejectedException {

	public DocumentExistsException(String slug) {
		super("There is already a document with the slug '" + slug + "'; choose another slug.");
	}

}
