package org.treatylens.commentary;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PassageRepository extends JpaRepository<Passage, Long> {

	/**
	 * Every passage of every document, in reading order, with its document and heading
	 * loaded.
	 */
	@EntityGraph(attributePaths = { "document", "heading" })
	List<Passage> findAllByOrderByDocumentIdAscOrdinalAsc();

	long countByDocument(SourceDocument document);

}
