package org.treatylens.corpus;

import java.time.Duration;
import java.util.List;

/**
 * Test support: links and the index are brought up to date by the corpus job worker in
 * the background, so a test that reads them after the start-up load (or after an import)
 * first waits for the queue to drain.
 */
public final class JobQueue {

	private JobQueue() {
	}

	/**
	 * Waits until no job is pending or linked; fails the test if the queue does not drain
	 * in time, or if a job failed.
	 */
	public static void awaitIdle(CorpusJobs jobs, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (jobs.unfinished() > 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The corpus jobs did not finish within " + timeout + ": " + jobs.unfinished()
						+ " still waiting");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for the corpus jobs", ex);
			}
		}
		List<CorpusJob> failed = jobs.failed(5);
		if (!failed.isEmpty()) {
			throw new AssertionError("Corpus jobs failed: " + failed);
		}
	}

	/**
	 * {@link #awaitIdle(CorpusJobs, Duration)} with three minutes: the bundled corpus
	 * takes seconds on a quiet machine, but embedding it on two cores shared with other
	 * builds has taken over a minute.
	 */
	public static void awaitIdle(CorpusJobs jobs) {
		awaitIdle(jobs, Duration.ofMinutes(3));
	}

}
