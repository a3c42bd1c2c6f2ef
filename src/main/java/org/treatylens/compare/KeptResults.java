package org.treatylens.compare;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a page works out for the same inputs on every render (a passage's verbatim-quote
 * verdict, its highlighted sentence), kept by those inputs until more than {@code max}
 * are held, when it starts again: a few pages ask for the same hundred over and over, and
 * a changed text is only a new key.
 *
 * @param <K> the inputs
 * @param <V> what was worked out from them
 */
final class KeptResults<K, V> {

	private final Map<K, V> made = new ConcurrentHashMap<>();

	private final int max;

	private final Function<K, V> make;

	KeptResults(int max, Function<K, V> make) {
		this.max = max;
		this.make = make;
	}

	V get(K key) {
		if (this.made.size() > this.max) {
			this.made.clear();
		}
		return this.made.computeIfAbsent(key, this.make);
	}

}
