package org.treatylens.corpus;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start that failed on a malformed corpus file, instead of a stack trace.
 * Registered in {@code META-INF/spring.factories}.
 */
class CorpusFailureAnalyzer extends AbstractFailureAnalyzer<CorpusFormatException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CorpusFormatException cause) {
		return new FailureAnalysis("The corpus could not be loaded, so nothing of it was stored: " + cause.getMessage(),
				"Fix the file at the line named above (see db/corpus/README.md for the formats), or start with"
						+ " treatylens.corpus.load-on-startup=false.",
				cause);
	}

}
