package org.treatylens.commentary;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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

	/**
	 * For each of the documents, the articles its passages discuss, in ascending order
	 * (documents that discuss none may be absent). A provider should read them at once;
	 * this default asks document by document.
	 */
	default Map<Long, List<Integer>> articlesByDocument(Collection<Long> documentIds) {
		Map<Long, List<Integer>> result = new LinkedHashMap<>();
		for (Long id : documentIds) {
			result.put(id,
					forDocument(id).values()
						.stream()
						.flatMap((a) -> a.articles().stream())
						.distinct()
						.sorted()
						.toList());
		}
		return result;
	}

	/**
	 * The decisions people made about the links of a document's passages, one line each
	 * ("line 12, Article 3(2): reject by admin"), kept in the history when the document
	 * is deleted.
	 */
	default List<String> decisionsForDocument(long documentId) {
		return List.of();
	}

}
