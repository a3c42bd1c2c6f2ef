package org.treatylens.system;

import java.util.function.Supplier;

/**
 * A value read once and kept in memory until {@link #evict()}: what every page shows and
 * only an import or an editor changes (the treaty, the source list). A read that started
 * before an eviction is not kept (it may have seen the state before the change); the next
 * read loads again.
 *
 * @param <T> the value
 */
public final class ReadCache<T> {

	private final Supplier<T> loader;

	private long generation;

	private T value;

	public ReadCache(Supplier<T> loader) {
		this.loader = loader;
	}

	public T get() {
		long seen;
		synchronized (this) {
			if (this.value != null) {
				return this.value;
			}
			seen = this.generation;
		}
		// loaded outside the lock: a slow read never blocks an eviction
		T loaded = this.loader.get();
		synchronized (this) {
			if (this.generation == seen && this.value == null) {
				this.value = loaded;
			}
		}
		return loaded;
	}

	public synchronized void evict() {
		this.generation++;
		this.value = null;
	}

}
