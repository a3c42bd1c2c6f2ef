package org.treatylens.treaty;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TreatyRepository extends JpaRepository<Treaty, Long> {

	Optional<Treaty> findBySlug(String slug);

	/**
	 * The treaty the app presents. The corpus holds one treaty; should there be more, the
	 * first imported wins.
	 */
	@EntityGraph(attributePaths = "articles")
	Optional<Treaty> findFirstByOrderByIdAsc();

	/**
	 * Every paragraph of a treaty in one query, in order (where walking the articles
	 * would ask once per article).
	 */
	@Query("select p from ArticleParagraph p join fetch p.article a where a.treaty = ?1 order by a.number, p.number")
	List<ArticleParagraph> findParagraphs(Treaty treaty);

}
