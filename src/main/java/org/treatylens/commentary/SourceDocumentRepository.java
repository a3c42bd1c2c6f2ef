package org.treatylens.commentary;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SourceDocumentRepository extends JpaRepository<SourceDocument, Long> {

	Optional<SourceDocument> findBySlug(String slug);

	List<SourceDocument> findAllByOrderByIdAsc();

	/** The documents readers see, in the order they were stored. */
	List<SourceDocument> findAllByHiddenFalseOrderByIdAsc();

}
