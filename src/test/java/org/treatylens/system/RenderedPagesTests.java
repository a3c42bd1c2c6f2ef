package org.treatylens.system;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the reader page cache keeps and for how long, without Spring: pages of the corpus
 * as it is, within their age and the byte budget, and nothing rendered across a change.
 */
class RenderedPagesTests {

	private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

	private final RenderedPages pages = new RenderedPages(100, 60, MINUTE);

	@Test
	void aPageIsServedWhileTheCorpusStaysAtItsGeneration() {
		this.pages.put("/articles/3", page(10, 7, 0), this.pages.generation());
		assertThat(this.pages.get("/articles/3", 7, MINUTE / 2)).isNotNull();
		assertThat(this.pages.get("/articles/3", 8, MINUTE / 2)).isNull();
		// and once the corpus moved on, it is gone even for the old generation
		assertThat(this.pages.get("/articles/3", 7, MINUTE / 2)).isNull();
	}

	@Test
	void aPageOlderThanTheMaxAgeIsRenderedAgain() {
		this.pages.put("/coverage", page(10, 1, 0), this.pages.generation());
		assertThat(this.pages.get("/coverage", 1, MINUTE)).isNotNull();
		assertThat(this.pages.get("/coverage", 1, MINUTE + 1)).isNull();
	}

	@Test
	void aPageRenderedWhileAChangeCommittedIsNotKept() {
		long before = this.pages.generation();
		this.pages.put("/", page(10, 1, 0), before);
		this.pages.clear();
		assertThat(this.pages.get("/", 1, 0)).isNull();
		this.pages.put("/coverage", page(10, 1, 0), before);
		assertThat(this.pages.get("/coverage", 1, 0)).isNull();
		this.pages.put("/coverage", page(10, 1, 0), this.pages.generation());
		assertThat(this.pages.get("/coverage", 1, 0)).isNotNull();
	}

	@Test
	void theLeastRecentlyServedGoFirstWhenTheBudgetIsSpent() {
		long generation = this.pages.generation();
		this.pages.put("/a", page(40, 1, 0), generation);
		this.pages.put("/b", page(40, 1, 0), generation);
		assertThat(this.pages.get("/a", 1, 0)).isNotNull();
		this.pages.put("/c", page(40, 1, 0), generation);
		assertThat(this.pages.get("/b", 1, 0)).isNull();
		assertThat(this.pages.get("/a", 1, 0)).isNotNull();
		assertThat(this.pages.get("/c", 1, 0)).isNotNull();
		// a page over the per-page limit is not kept, and pushes nothing out
		this.pages.put("/huge", page(61, 1, 0), generation);
		assertThat(this.pages.get("/huge", 1, 0)).isNull();
		assertThat(this.pages.size()).isEqualTo(2);
	}

	@Test
	void aPageRenderedAgainReplacesTheOneKept() {
		long generation = this.pages.generation();
		this.pages.put("/a", page(40, 1, 0), generation);
		this.pages.put("/a", page(50, 1, 0), generation);
		this.pages.put("/b", page(50, 1, 0), generation);
		assertThat(this.pages.get("/a", 1, 0).body()).hasSize(50);
		assertThat(this.pages.get("/b", 1, 0)).isNotNull();
	}

	@Test
	void noBudgetOrNoAgeTurnsTheCacheOff() {
		assertThat(this.pages.enabled()).isTrue();
		assertThat(new RenderedPages(0, 60, MINUTE).enabled()).isFalse();
		assertThat(new RenderedPages(100, 60, 0).enabled()).isFalse();
	}

	private static RenderedPages.Page page(int bytes, long corpusGeneration, long renderedAt) {
		return new RenderedPages.Page(new byte[bytes], "text/html;charset=UTF-8", corpusGeneration, renderedAt);
	}

}
