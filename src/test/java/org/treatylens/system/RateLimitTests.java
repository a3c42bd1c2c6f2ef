package org.treatylens.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One client cannot search or write without limit: over its budget it gets 429 with
 * Retry-After, other clients and reading go on, and the bookkeeping stays bounded.
 */
@WebMvcTest(RateLimitTests.Search.class)
@Import(RateLimitTests.Search.class)
@TestPropertySource(properties = { "treatylens.rate-limit.enabled=true", "treatylens.rate-limit.search-per-minute=3",
		"treatylens.rate-limit.writes-per-minute=2" })
class RateLimitTests {

	private static final long SECOND = 1_000_000_000L;

	@Autowired
	private MockMvc mvc;

	@Test
	void searchingTooFastIs429WithRetryAfterForThatClientOnly() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/api/search").with(from("10.0.0.1"))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/search").with(from("10.0.0.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "20"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().exists("Content-Security-Policy"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429));
		this.mvc.perform(get("/search").with(from("10.0.0.1"))).andExpect(status().isTooManyRequests());
		// another client, and reading anything else, are not held up
		this.mvc.perform(get("/api/search").with(from("10.0.0.2"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/articles").with(from("10.0.0.1"))).andExpect(status().isOk());
	}

	@Test
	void writingTooFastIs429EvenBeforeCredentialsAreChecked() throws Exception {
		this.mvc.perform(post("/api/things").with(from("10.0.0.3"))).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/login").with(from("10.0.0.3"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/api/things").with(TestEditor.api()).with(from("10.0.0.3")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
	}

	@Test
	void aBucketRefillsWithTimeAndSaysHowLongToWait() {
		RateLimitFilter.TokenBuckets buckets = new RateLimitFilter.TokenBuckets(60, 100);
		long now = 0;
		for (int i = 0; i < 60; i++) {
			assertThat(buckets.take("a", now)).isZero();
		}
		assertThat(buckets.take("a", now)).isEqualTo(1);
		assertThat(buckets.take("a", now + SECOND)).isZero();
		assertThat(buckets.take("a", now + SECOND)).isEqualTo(1);
	}

	@Test
	void theBookkeepingStaysBoundedHoweverManyClientsCome() {
		RateLimitFilter.TokenBuckets buckets = new RateLimitFilter.TokenBuckets(10, 100);
		for (int i = 0; i < 100_000; i++) {
			buckets.take("client-" + i, i * SECOND);
		}
		assertThat(buckets.clients()).isLessThanOrEqualTo(100);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** Stands for the search endpoints and any reading endpoint. */
	@RestController
	static class Search {

		@GetMapping({ "/api/search", "/search", "/api/articles" })
		String search() {
			return "found";
		}

	}

}
