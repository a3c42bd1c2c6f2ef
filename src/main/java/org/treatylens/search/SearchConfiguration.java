package org.treatylens.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The index lives in {@code ${treatylens.data-dir}/index}; searches stop after
 * {@code treatylens.search.time-limit}.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	PassageIndex passageIndex(@Value("${treatylens.data-dir}") Path dataDir) throws IOException {
		return new PassageIndex(dataDir.resolve("index"));
	}

	@Bean
	SearchService searchService(PassageIndex index, @Value("${treatylens.search.time-limit:2s}") Duration timeLimit) {
		return new SearchService(index, timeLimit);
	}

}
