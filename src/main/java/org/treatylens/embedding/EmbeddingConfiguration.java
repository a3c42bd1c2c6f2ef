package org.treatylens.embedding;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Exposes the process's one sentence-embedding model as a bean.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

	/**
	 * The shared model, not closed with the context: it belongs to the process, and a
	 * second context in the same JVM (tests, a restart in place) reuses it.
	 */
	@Bean(destroyMethod = "")
	SentenceEmbedder sentenceEmbedder() {
		return SentenceEmbedder.shared();
	}

}
