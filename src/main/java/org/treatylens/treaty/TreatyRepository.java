package org.treatylens.treaty;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TreatyRepository extends JpaRepository<Treaty, Long> {

	Optional<Treaty> findBySlug(String slug);

	/**
	 * The treaty the app presents. The corpus holds one treaty; should there be more, the
	 * first imported wins.
	 */
	@EntityGraph(attributePaths = "articles")
	Optional<Treaty> findFirstByOrderByIdAsc();

}
