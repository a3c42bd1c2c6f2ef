package org.treatylens.corpus;

/**
 * An import under a slug that another document already has (also when two uploads race
 * for the same new slug): a conflict with what is stored, answered 409.
 */
public class DocumentExistsException extends ImportRejectedException {

	public DocumentExistsException(String slug) {
		super("There is already a document with the slug '" + slug + "'; choose another slug.");
	}

	private DocumentExistsException(String message, Void unused) {
		super(message);
	}

	/**
	 * The slug is the treaty's: a document of that slug would merge into the treaty's
	 * search facet and its permalinks.
	 */
	static DocumentExistsException treatysSlug(String slug) {
		return new DocumentExistsException(
				"'" + slug + "' is the treaty's slug; a document needs a slug of its own, choose another.", null);
	}

	/** A treaty whose id is already a document's slug. */
	static DocumentExistsException documentsSlug(String slug) {
		return new DocumentExistsException("The treaty's id '" + slug
				+ "' is already the slug of a document; a treaty and a document cannot share a slug.", null);
	}

}
