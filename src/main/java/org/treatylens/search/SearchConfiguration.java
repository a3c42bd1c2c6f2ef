package org.treatylens.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.treatylens.embedding.SentenceEmbedder;

/**
 * The index lives in {@code ${treatylens.data-dir}/index}; searches stop after
 * {@code treatylens.search.time-limit}.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

	@Bean(destroyMethod = "close")
	PassageIndex passageIndex(@Value("${treatylens.data-dir}") Path dataDir, ObjectProvider<SentenceEmbedder> embedder,
			@Value("${treatylens.search.meaning:true}") boolean meaning) throws IOException {
		Path location = dataDir.resolve("index");
		// the process's one sentence model: the index's vectors and the queries' come
		// from it; without meaning search the index keeps no vectors (words only), which
		// spares embedding every passage a rebuild finds without a stored vector
		SentenceEmbedder model = meaning ? embedder.getIfAvailable() : null;
		PassageIndex index = new PassageIndex(location, (model != null) ? model::embed : null);
		if (index.openedAs() == PassageIndex.State.DAMAGED) {
			log.warn("Search index at {} is damaged and was discarded ({}): it will be rebuilt from the database",
					location, index.openingProblem());
		}
		else if (index.openedAs() != PassageIndex.State.READY) {
			log.info("Search index at {} is {}{}: it will be built from the database", location,
					index.openedAs().name().toLowerCase(java.util.Locale.ROOT),
					(index.openingProblem() != null) ? " (" + index.openingProblem() + ")" : "");
		}
		return index;
	}

	@Bean
	SearchService searchService(PassageIndex index, @Value("${treatylens.search.time-limit:2s}") Duration timeLimit) {
		return new SearchService(index, timeLimit);
	}

}
