package org.treatylens.system;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client rate limits on the two things that cost the server: searching
 * ({@code /search}, {@code /api/search}) and writing (every method but GET/HEAD, sign-in
 * attempts included). Over the limit: 429 with {@code Retry-After}. A client is its
 * remote address; behind a proxy, configure {@code server.forward-headers-strategy} so
 * that address is the real client's ({@code X-Forwarded-For} is not trusted otherwise).
 * Runs before Spring Security, so guessing passwords is limited too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RateLimitFilter extends OncePerRequestFilter {

	private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

	private final boolean enabled;

	private final TokenBuckets searches;

	private final TokenBuckets writes;

	private final ProblemResponses problems;

	RateLimitFilter(@Value("${treatylens.rate-limit.enabled:true}") boolean enabled,
			@Value("${treatylens.rate-limit.search-per-minute:120}") int searchesPerMinute,
			@Value("${treatylens.rate-limit.writes-per-minute:30}") int writesPerMinute,
			@Value("${treatylens.rate-limit.clients:10000}") int clients, ProblemResponses problems) {
		this.enabled = enabled;
		this.searches = new TokenBuckets(searchesPerMinute, clients);
		this.writes = new TokenBuckets(writesPerMinute, clients);
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		TokenBuckets buckets = this.enabled ? bucketsFor(request) : null;
		if (buckets != null) {
			long waitSeconds = buckets.take(request.getRemoteAddr(), System.nanoTime());
			if (waitSeconds > 0) {
				SecurityHeaders.writeTo(request, response);
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds));
				String detail = "Too many requests from your address: try again in " + waitSeconds + " s";
				if (ApiErrorResolver.isApi(request)) {
					this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, detail);
				}
				else {
					response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), detail);
				}
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private TokenBuckets bucketsFor(HttpServletRequest request) {
		if (!READ_METHODS.contains(request.getMethod())) {
			return this.writes;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return (path.equals("/search") || path.equals("/api/search")) ? this.searches : null;
	}

	/**
	 * One token bucket per client: {@code perMinute} tokens, refilled continuously.
	 * Memory is bounded: past {@code maxClients}, buckets that have refilled completely
	 * (clients idle for a minute) are dropped, and if that is not enough, all of them.
	 */
	static final class TokenBuckets {

		private static final long MINUTE = 60_000_000_000L;

		private final int capacity;

		private final int maxClients;

		private final Map<String, long[]> buckets = new ConcurrentHashMap<>();

		TokenBuckets(int perMinute, int maxClients) {
			this.capacity = Math.max(1, perMinute);
			this.maxClients = Math.max(1, maxClients);
		}

		/**
		 * Takes a token for the client.
		 * @return 0 if the request may go ahead, else the seconds until a token is back
		 */
		long take(String client, long now) {
			if (this.buckets.size() >= this.maxClients && !this.buckets.containsKey(client)) {
				this.buckets.values().removeIf((bucket) -> refilled(bucket, now) >= this.capacity);
				if (this.buckets.size() >= this.maxClients) {
					this.buckets.clear();
				}
			}
			// bucket[0]: tokens times MINUTE (exact integer arithmetic); bucket[1]: last
			// update
			long[] bucket = this.buckets.computeIfAbsent(client, (key) -> new long[] { this.capacity * MINUTE, now });
			synchronized (bucket) {
				long tokens = Math.min(this.capacity * MINUTE, bucket[0] + elapsed(bucket, now) * this.capacity);
				bucket[1] = now;
				if (tokens >= MINUTE) {
					bucket[0] = tokens - MINUTE;
					return 0;
				}
				bucket[0] = tokens;
				long missing = MINUTE - tokens;
				long nanos = (missing + this.capacity - 1) / this.capacity;
				return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
			}
		}

		private long refilled(long[] bucket, long now) {
			synchronized (bucket) {
				return Math.min(this.capacity * MINUTE, bucket[0] + elapsed(bucket, now) * this.capacity) / MINUTE;
			}
		}

		// a minute refills any bucket; more would only risk overflowing the arithmetic
		private static long elapsed(long[] bucket, long now) {
			return Math.max(0, Math.min(MINUTE, now - bucket[1]));
		}

		int clients() {
			return this.buckets.size();
		}

	}

}
