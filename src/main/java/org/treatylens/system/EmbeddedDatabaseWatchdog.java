package org.treatylens.system;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Looks every few seconds whether the embedded PostgreSQL's postmaster still runs, and
 * starts it again if it died: without it every page would answer 503 until someone
 * restarted the app. Meanwhile requests get the 503 page and problem, and the pool
 * reconnects by itself once the server is back.
 */
final class EmbeddedDatabaseWatchdog implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWatchdog.class);

	private final LocalPostgresServer server;

	private final Duration interval;

	private ScheduledExecutorService timer;

	EmbeddedDatabaseWatchdog(LocalPostgresServer server, Duration interval) {
		this.server = server;
		this.interval = interval;
	}

	@Override
	public synchronized void start() {
		this.timer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "embedded-postgres-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		long millis = this.interval.toMillis();
		this.timer.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
	}

	private void check() {
		try {
			this.server.restartIfDead();
		}
		catch (RuntimeException ex) {
			// never let one failed look end the watch
			log.warn("The embedded PostgreSQL watchdog could not check the server: {}", ex.getMessage());
		}
	}

	@Override
	public synchronized void stop() {
		if (this.timer != null) {
			this.timer.shutdownNow();
			this.timer = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.timer != null;
	}

}
