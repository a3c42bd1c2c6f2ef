package org.treatylens.corpus;

import java.util.List;

/**
 * Someone imported the treaty's text. Published inside the import's transaction, so that
 * its record in the history lands with it.
 *
 * @param actor who imported it
 * @param treaty the treaty's slug
 * @param fileName the uploaded file's name
 * @param changedArticles the articles whose text the import added, changed or removed
 */
public record TreatyImported(String actor, String treaty, String fileName, List<Integer> changedArticles) {

	public TreatyImported {
		changedArticles = List.copyOf(changedArticles);
	}

}
