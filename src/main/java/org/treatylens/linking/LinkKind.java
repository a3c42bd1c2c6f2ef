package org.treatylens.linking;

import java.util.Locale;

/**
 * Why a passage is linked to an article, strongest first.
 */
public enum LinkKind {

	/**
	 * A person added the link (or confirmed one the rules no longer find): it stands
	 * above every reason the rules give.
	 */
	EDITOR,
	/** It names the article: "Article 19", "Art. 3(3)". */
	CITATION,
	/** It reproduces (part of) the article's text. */
	QUOTATION,
	/**
	 * It sits under a heading that names the article, or continues a passage that does.
	 */
	CONTEXT,
	/** It discusses the provision in other words. */
	SIMILARITY,
	/**
	 * A sentence of it retells a paragraph of the article: its sentence embedding is
	 * close to the paragraph's, and clearly closer than to any other article's.
	 */
	SEMANTIC;

	/**
	 * The name used in JSON, CSV and CSS: {@code citation}, {@code quotation}, ...
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
