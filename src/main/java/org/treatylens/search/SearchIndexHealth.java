package org.treatylens.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code searchIndex} in {@code /actuator/health}: {@code ok}; {@code rebuilding} (no
 * complete index yet: search says so, pages still answer); or {@code broken} (a write
 * failed: the old index is served while the worker rebuilds it), which is down until the
 * rebuild succeeds.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealth implements HealthIndicator {

	private final PassageIndex index;

	SearchIndexHealth(PassageIndex index) {
		this.index = index;
	}

	@Override
	public Health health() {
		String broken = this.index.broken();
		if (broken != null) {
			return Health.down().withDetail("state", "broken").withDetail("error", broken).build();
		}
		return Health.up()
			.withDetail("state", this.index.servable() ? "ok" : "rebuilding")
			.withDetail("generation", this.index.generation())
			.build();
	}

}
