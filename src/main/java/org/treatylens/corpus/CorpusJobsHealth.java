package org.treatylens.corpus;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code corpusJobs} in {@code /actuator/health}: how many jobs wait (pending or linked,
 * not yet searchable), how long the oldest has waited, and how many gave up. Jobs that
 * gave up are an editor's to look at, not a reason to take the app out of service.
 */
@Component("corpusJobsHealthIndicator")
class CorpusJobsHealth implements HealthIndicator {

	private final CorpusJobStore store;

	CorpusJobsHealth(CorpusJobStore store) {
		this.store = store;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up()
			.withDetail("pending", this.store.unfinished())
			.withDetail("failed", this.store.failedCount());
		this.store.oldestUnfinishedAge().ifPresent((age) -> health.withDetail("oldestPendingSeconds", age.toSeconds()));
		return health.build();
	}

}
