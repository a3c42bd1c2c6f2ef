package org.treatylens.bench;

import java.util.Arrays;
import java.util.Locale;

/** Timings in nanoseconds, and their percentiles in milliseconds. */
final class Latencies {

	private long[] nanos = new long[64];

	private int count;

	void add(long nanosTaken) {
		if (this.count == this.nanos.length) {
			this.nanos = Arrays.copyOf(this.nanos, this.count * 2);
		}
		this.nanos[this.count++] = nanosTaken;
	}

	int count() {
		return this.count;
	}

	/** The p-th percentile (nearest rank), in ms. */
	double percentile(double p) {
		if (this.count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.nanos, this.count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
	}

	double p50() {
		return percentile(50);
	}

	double p99() {
		return percentile(99);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms (n=%d)", p50(), p99(), this.count);
	}

}
