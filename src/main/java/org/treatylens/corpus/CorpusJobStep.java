package org.treatylens.corpus;

/**
 * A piece of derived work that the {@link CorpusJobs} worker runs for each job: linking
 * implements the {@link Stage#LINK} stage, search the {@link Stage#INDEX} stage. Defined
 * here and implemented there, so that {@code corpus} drives the work without depending on
 * the modules that do it (they already depend on {@code corpus}).
 * <p>
 * A step runs on the one worker thread, never inside a request, and opens its own short
 * transaction(s); it must be idempotent, because a job interrupted by a crash runs again.
 * Throwing fails the attempt: the job is retried a bounded number of times.
 */
public interface CorpusJobStep {

	/** The order of the stages: a job is linked before it is indexed. */
	enum Stage {

		LINK, INDEX

	}

	/** What a step's run covered. */
	enum Result {

		/** The job's own work. */
		THIS_JOB,
		/**
		 * The whole store, rebuilt from the database (the job asked for it, or the store
		 * had to be rebuilt first): every earlier job is covered too.
		 */
		EVERYTHING

	}

	Stage stage();

	/** Does this step's part of the job. */
	Result run(CorpusJob job);

	/**
	 * Whether this step's store is broken or behind (a failed index write) and should be
	 * repaired while the queue is idle; {@link #repair()} is then called on the worker.
	 */
	default boolean needsRepair() {
		return false;
	}

	/**
	 * Repairs this step's store from the database (a rebuild); called on the worker
	 * thread when {@link #needsRepair()} and no job is waiting.
	 * @param generation the newest job whose work the database holds
	 */
	default void repair(long generation) {
	}

}
