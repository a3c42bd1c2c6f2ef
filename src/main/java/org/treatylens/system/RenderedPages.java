package org.treatylens.system;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pages as rendered for readers, by address, within a byte budget (the least recently
 * served go first). A page is served only while the corpus is at the generation it was
 * rendered at and for at most {@code maxAgeNanos}; {@link #clear()} drops every page, and
 * a page rendered while a clear happened is not kept (it may show the state before it).
 */
final class RenderedPages {

	/**
	 * One rendered page.
	 *
	 * @param body the bytes sent
	 * @param contentType the {@code Content-Type} header, charset included
	 * @param corpusGeneration the settled corpus generation it shows
	 * @param renderedAt {@link System#nanoTime()} when it was rendered
	 */
	record Page(byte[] body, String contentType, long corpusGeneration, long renderedAt) {
	}

	private final Map<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);

	private final long maxBytes;

	private final long maxPageBytes;

	private final long maxAgeNanos;

	private long bytes;

	private long generation;

	RenderedPages(long maxBytes, long maxPageBytes, long maxAgeNanos) {
		this.maxBytes = maxBytes;
		this.maxPageBytes = maxPageBytes;
		this.maxAgeNanos = maxAgeNanos;
	}

	/** Whether anything is kept at all (a budget of 0 or an age of 0 turns it off). */
	boolean enabled() {
		return this.maxBytes > 0 && this.maxAgeNanos > 0;
	}

	/** Taken before rendering, handed back to {@link #put}. */
	synchronized long generation() {
		return this.generation;
	}

	/** The page kept for an address, if it still shows the corpus as it is now. */
	synchronized Page get(String address, long corpusGeneration, long now) {
		Page page = this.pages.get(address);
		if (page == null) {
			return null;
		}
		if (page.corpusGeneration() != corpusGeneration || now - page.renderedAt() > this.maxAgeNanos) {
			remove(address);
			return null;
		}
		return page;
	}

	/**
	 * Keeps a page unless it is too large or a {@link #clear()} came since {@code seen}.
	 */
	synchronized void put(String address, Page page, long seen) {
		if (seen != this.generation || page.body().length > this.maxPageBytes) {
			return;
		}
		remove(address);
		this.pages.put(address, page);
		this.bytes += page.body().length;
		Iterator<Page> eldest = this.pages.values().iterator();
		while (this.bytes > this.maxBytes && eldest.hasNext()) {
			this.bytes -= eldest.next().body().length;
			eldest.remove();
		}
	}

	synchronized void clear() {
		this.generation++;
		this.pages.clear();
		this.bytes = 0;
	}

	synchronized int size() {
		return this.pages.size();
	}

	private void remove(String address) {
		Page removed = this.pages.remove(address);
		if (removed != null) {
			this.bytes -= removed.body().length;
		}
	}

}
