package org.treatylens.commentary;

import java.util.List;

/**
 * The treaty articles a passage discusses, and the references it makes to other
 * instruments (shown, not linked), such as "Article 51 of the UN Charter".
 */
public record PassageAnnotation(List<Integer> articles, List<String> externalReferences) {

	public PassageAnnotation {
		articles = List.copyOf(articles);
		externalReferences = List.copyOf(externalReferences);
	}

}
