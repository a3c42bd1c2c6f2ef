package org.treatylens.commentary;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PassageRepository extends JpaRepository<Passage, Long> {

	/**
	 * Every passage of every document, in reading order, with its document and heading
	 * loaded.
	 */
	@EntityGraph(attributePaths = { "document", "heading" })
	List<Passage> findAllByOrderByDocumentIdAscOrdinalAsc();

	/**
	 * How many passages each document has, in one query (documents without passages are
	 * absent).
	 */
	@Query("select p.document.id as documentId, count(p) as passages from Passage p group by p.document.id")
	List<PassageCount> countPerDocument();

	interface PassageCount {

		Long getDocumentId();

		long getPassages();

	}

}
