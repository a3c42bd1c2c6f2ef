package org.treatylens.commentary;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PassageRepository extends JpaRepository<Passage, Long> {

	/**
	 * Every passage of every document readers see, in reading order, with its document
	 * and heading loaded. A document an editor hid is left out: what is hidden is neither
	 * linked nor searched.
	 */
	@EntityGraph(attributePaths = { "document", "heading" })
	@Query("select p from Passage p where p.document.hidden = false order by p.document.id, p.ordinal")
	List<Passage> findAllByOrderByDocumentIdAscOrdinalAsc();

	/**
	 * How many passages each document has, in one query (documents without passages are
	 * absent).
	 */
	@Query("select p.document.id as documentId, count(p) as passages from Passage p group by p.document.id")
	List<PassageCount> countPerDocument();

	/**
	 * How many passages of a document come before the one numbered {@code ordinal}: where
	 * it falls when the document is read a page at a time.
	 */
	long countByDocumentIdAndOrdinalLessThan(Long documentId, int ordinal);

	interface PassageCount {

		Long getDocumentId();

		long getPassages();

	}

}
