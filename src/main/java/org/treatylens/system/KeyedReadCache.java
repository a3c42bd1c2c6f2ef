package org.treatylens.system;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * {@link ReadCache} by key: a value per key (an article's ranking, say), read when first
 * asked for and kept until {@link #evict()} drops them all. Requests that ask for the
 * same key at once wait for one read instead of each reading it; a read that started
 * before an eviction is given to those who asked for it then, and is not kept.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class KeyedReadCache<K, V> {

	private final Function<K, V> loader;

	private final ConcurrentHashMap<K, FutureTask<V>> values = new ConcurrentHashMap<>();

	public KeyedReadCache(Function<K, V> loader) {
		this.loader = loader;
	}

	public V get(K key) {
		FutureTask<V> read = this.values.get(key);
		if (read == null) {
			FutureTask<V> mine = new FutureTask<>(() -> this.loader.apply(key));
			read = this.values.putIfAbsent(key, mine);
			if (read == null) {
				read = mine;
				mine.run();
			}
		}
		try {
			return read.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			// a failed read is not kept: the next request reads again
			this.values.remove(key, read);
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** Drops every value; reads under way are not kept. */
	public void evict() {
		this.values.clear();
	}

}
