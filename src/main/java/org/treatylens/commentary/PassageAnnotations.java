package org.treatylens.commentary;

import java.util.Map;

/**
 * What other modules know about a document's passages (the articles each one discusses),
 * shown beside them in the reader. Implemented by the linking module, which depends on
 * this one and not the other way round.
 */
public interface PassageAnnotations {

	/**
	 * Annotations by passage id; passages with nothing to say are absent.
	 */
	Map<Long, PassageAnnotation> forDocument(long documentId);

}
