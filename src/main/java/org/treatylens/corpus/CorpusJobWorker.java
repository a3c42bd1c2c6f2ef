package org.treatylens.corpus;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one thread ({@value #THREAD_NAME}) that does the corpus's derived work, job after
 * job in the order they were asked for: each {@link CorpusJobStep.Stage#LINK} step, then
 * the job is marked linked, then each {@link CorpusJobStep.Stage#INDEX} step, then it is
 * marked searchable. Every step and every mark is its own short transaction, so a crash
 * between them leaves a job that is simply done again at the next start (steps are
 * idempotent). One thread, so two imports never link or index at the same time.
 * <p>
 * A failed attempt is retried after {@link #RETRY_DELAYS}; after {@link #MAX_ATTEMPTS}
 * the job is failed with its error, for the editor to see. While no job waits, a step
 * whose store broke (the index) is repaired every
 * {@code treatylens.jobs.repair-interval}.
 */
@Component
class CorpusJobWorker implements SmartLifecycle {

	static final String THREAD_NAME = "corpus-jobs";

	static final int MAX_ATTEMPTS = 3;

	/** The wait after the first and the second failed attempt. */
	static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5));

	/**
	 * After the corpus loader (0) and the links' rules check (1) have asked for their
	 * jobs.
	 */
	private static final int PHASE = 2;

	private static final Duration IDLE_POLL = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(CorpusJobWorker.class);

	private final CorpusJobStore store;

	private final ObjectProvider<CorpusJobStep> steps;

	private final Duration repairInterval;

	private final Object signal = new Object();

	private boolean woken;

	private volatile boolean running;

	private volatile Thread thread;

	private Instant lastRepair = Instant.MIN;

	CorpusJobWorker(CorpusJobStore store, ObjectProvider<CorpusJobStep> steps,
			@Value("${treatylens.jobs.repair-interval:30s}") Duration repairInterval) {
		this.store = store;
		this.steps = steps;
		this.repairInterval = repairInterval;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = Thread.ofPlatform().name(THREAD_NAME).daemon(true).start(this::loop);
	}

	/**
	 * Lets the job at hand finish (it may be a long relink: a shutdown waits for it, a
	 * kill -9 does not need to, the job runs again at the next start).
	 */
	@Override
	public void stop() {
		this.running = false;
		wake();
		Thread worker = this.thread;
		if (worker != null) {
			try {
				worker.join(Duration.ofSeconds(60));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/** Looks at the queue now rather than at the next poll. */
	void wake() {
		synchronized (this.signal) {
			this.woken = true;
			this.signal.notifyAll();
		}
	}

	private void loop() {
		while (this.running) {
			try {
				if (!runNext()) {
					repairIfNeeded();
					await(IDLE_POLL);
				}
			}
			catch (RuntimeException ex) {
				// the database is away or the like: nothing is lost, the queue is in it
				log.warn("The corpus job worker could not read its queue ({}); trying again shortly", ex.getMessage());
				await(Duration.ofSeconds(2));
			}
		}
	}

	/**
	 * @return whether there was a job to consider
	 */
	private boolean runNext() {
		Optional<CorpusJobStore.Next> next = this.store.next();
		if (next.isEmpty()) {
			return false;
		}
		Duration wait = Duration.between(Instant.now(), next.get().notBefore());
		if (wait.isPositive()) {
			await(wait);
		}
		else {
			run(next.get().job());
		}
		return true;
	}

	private void run(CorpusJob job) {
		long start = System.nanoTime();
		try {
			if (job.state() == CorpusJob.State.PENDING) {
				runStage(CorpusJobStep.Stage.LINK, job);
				this.store.markLinked(job.id());
			}
			boolean everything = runStage(CorpusJobStep.Stage.INDEX, job);
			this.store.markSearchable(job.id());
			if (everything) {
				// the whole index was rebuilt from the database: it holds every earlier
				// job,
				// also one that failed at the index before
				this.store.markSearchableUpTo(job.id());
			}
			log.info("Corpus job {} ({} {}) done in {} ms", job.id(), job.action(),
					(job.document() != null) ? job.document() : "", (System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			int attempts = job.attempts() + 1;
			Duration retryIn = (attempts < MAX_ATTEMPTS) ? RETRY_DELAYS.get(attempts - 1) : null;
			String error = describe(ex);
			log.warn("Corpus job {} ({} {}) failed, attempt {} of {}: {}", job.id(), job.action(),
					(job.document() != null) ? job.document() : "", attempts, MAX_ATTEMPTS, error, ex);
			this.store.recordFailure(job.id(), error, retryIn);
		}
	}

	/**
	 * @return whether every step of the stage rebuilt its whole store
	 */
	private boolean runStage(CorpusJobStep.Stage stage, CorpusJob job) {
		List<CorpusJobStep> stageSteps = stepsOf(stage);
		boolean everything = !stageSteps.isEmpty();
		for (CorpusJobStep step : stageSteps) {
			everything &= step.run(job) == CorpusJobStep.Result.EVERYTHING;
		}
		return everything;
	}

	private List<CorpusJobStep> stepsOf(CorpusJobStep.Stage stage) {
		return this.steps.orderedStream()
			.filter((step) -> step.stage() == stage)
			.sorted(Comparator.comparing((CorpusJobStep step) -> step.getClass().getName()))
			.toList();
	}

	/**
	 * A store that broke after the last job gave up (an index directory made read-only)
	 * is rebuilt from the database once it can be, so that nothing stays unsearchable.
	 */
	private void repairIfNeeded() {
		if (Instant.now().isBefore(this.lastRepair.plus(this.repairInterval))) {
			return;
		}
		for (CorpusJobStep.Stage stage : CorpusJobStep.Stage.values()) {
			for (CorpusJobStep step : stepsOf(stage)) {
				if (!step.needsRepair()) {
					continue;
				}
				this.lastRepair = Instant.now();
				long generation = this.store.lastLinked();
				try {
					step.repair(generation);
					if (stage == CorpusJobStep.Stage.INDEX) {
						int healed = this.store.markSearchableUpTo(generation);
						log.info("Repaired the {} store at generation {}; {} jobs now searchable", stage, generation,
								healed);
					}
				}
				catch (RuntimeException ex) {
					log.warn("Could not repair the {} store yet: {}", stage, describe(ex));
				}
			}
		}
	}

	private static String describe(Throwable ex) {
		StringBuilder message = new StringBuilder();
		for (Throwable cause = ex; cause != null && message.length() < 2000; cause = cause.getCause()) {
			if (!message.isEmpty()) {
				message.append(": ");
			}
			message.append((cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName());
			if (cause.getCause() == cause) {
				break;
			}
		}
		return message.toString();
	}

	private void await(Duration timeout) {
		synchronized (this.signal) {
			if (!this.woken && this.running) {
				try {
					this.signal.wait(Math.max(1, timeout.toMillis()));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					this.running = false;
				}
			}
			this.woken = false;
		}
	}

}
