package org.treatylens.system;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves the reading pages that readers ask for again and again (the front page, an
 * article's desk, coverage, compare, the documents, a search) as they were last rendered,
 * instead of rendering a page of hundreds of cards for every reader. Their content comes
 * from the database and the index the jobs keep, and a kept page is dropped when that
 * changes:
 * <ul>
 * <li>on any event of the application's own (an import, an edit, a judgment, links
 * stored), after its transaction commits;</li>
 * <li>when the corpus moves to another {@link SettledCorpus generation} (a job queued by
 * anyone, on any node); while jobs are under way no page is served from here or kept, so
 * the "linking in progress" notice is always current, and a job's index is searched
 * before it counts as done;</li>
 * <li>after {@code treatylens.page-cache.max-age}, for a change no event announces (the
 * database edited by hand, the index repaired).</li>
 * </ul>
 * Only readers' GETs: a request with credentials or a session (an editor sees editing
 * controls) always gets a page of its own. A page that shows something of the moment only
 * says so with {@link #doNotKeep}.
 */
@Component
public class ReaderPageCache extends OncePerRequestFilter {

	private static final List<PathPattern> READING_PAGES = List
		.of("/", "/articles/*", "/coverage", "/compare", "/documents", "/documents/*", "/search")
		.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	private static final String NOT_TO_KEEP = ReaderPageCache.class.getName() + ".notToKeep";

	/** Longer addresses are rendered, not kept: they are not a reader's link. */
	private static final int MAX_ADDRESS_LENGTH = 2000;

	private final RenderedPages pages;

	private final ObjectProvider<SettledCorpus> corpus;

	ReaderPageCache(@Value("${treatylens.page-cache.max-size:48MB}") DataSize maxSize,
			@Value("${treatylens.page-cache.max-page-size:2MB}") DataSize maxPageSize,
			@Value("${treatylens.page-cache.max-age:30s}") Duration maxAge, ObjectProvider<SettledCorpus> corpus) {
		this.pages = new RenderedPages(maxSize.toBytes(), maxPageSize.toBytes(), maxAge.toNanos());
		this.corpus = corpus;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SettledCorpus settledCorpus = this.corpus.getIfAvailable();
		if (settledCorpus == null || !this.pages.enabled() || !isReaderRequest(request)) {
			chain.doFilter(request, response);
			return;
		}
		OptionalLong settled;
		try {
			settled = settledCorpus.settled();
		}
		catch (DataAccessException ex) {
			// the database is out of reach: the page itself says so
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(SettledCorpus.REQUEST_ATTRIBUTE, settled);
		if (settled.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		String address = address(request);
		if (address.length() > MAX_ADDRESS_LENGTH) {
			chain.doFilter(request, response);
			return;
		}
		RenderedPages.Page kept = this.pages.get(address, settled.getAsLong(), System.nanoTime());
		if (kept != null) {
			// as rendering would: the locale (Content-Language) is the request's
			response.setLocale(request.getLocale());
			response.setContentType(kept.contentType());
			response.setContentLength(kept.body().length);
			response.getOutputStream().write(kept.body());
			return;
		}
		long generation = this.pages.generation();
		long renderedAt = System.nanoTime();
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		if (isKeepable(request, rendered)) {
			this.pages.put(address, new RenderedPages.Page(rendered.getContentAsByteArray(), rendered.getContentType(),
					settled.getAsLong(), renderedAt), generation);
		}
		rendered.copyBodyToResponse();
	}

	/**
	 * Every change the application makes is announced by an event of its own: whatever it
	 * was, kept pages may show the state before it. Ordered last, so that the caches a
	 * page is rendered from are dropped before the pages are.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(PayloadApplicationEvent<?> event) {
		if (event.getPayload().getClass().getPackageName().startsWith("org.treatylens")) {
			this.pages.clear();
		}
	}

	/**
	 * Marks the page being rendered as one not to keep: it shows something of this moment
	 * only (results cut short by the time limit, say).
	 * @param request the request of the page
	 */
	public static void doNotKeep(HttpServletRequest request) {
		request.setAttribute(NOT_TO_KEEP, Boolean.TRUE);
	}

	/** How many pages are kept now. */
	int size() {
		return this.pages.size();
	}

	private static boolean isReaderRequest(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getSession(false) != null || isSignedIn()) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		PathContainer container = PathContainer.parsePath(path);
		return READING_PAGES.stream().anyMatch((page) -> page.matches(container));
	}

	private static boolean isSignedIn() {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		return signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken);
	}

	/**
	 * The path and every parameter, in the order given: a GET's parameters are its query
	 * string's, but read as parameters they are the same however the query was encoded.
	 */
	private static String address(HttpServletRequest request) {
		StringBuilder address = new StringBuilder(request.getRequestURI());
		char separator = '?';
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				address.append(separator)
					.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append((value != null) ? URLEncoder.encode(value, StandardCharsets.UTF_8) : "");
				separator = '&';
			}
		}
		return address.toString();
	}

	/**
	 * A whole HTML page that is the same for every reader: not an error, a download or
	 * anything that started a session or set a cookie.
	 */
	private static boolean isKeepable(HttpServletRequest request, ContentCachingResponseWrapper rendered) {
		String type = rendered.getContentType();
		return rendered.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
				&& request.getAttribute(NOT_TO_KEEP) == null && request.getSession(false) == null
				&& !rendered.containsHeader(HttpHeaders.SET_COOKIE)
				&& !rendered.containsHeader(HttpHeaders.CONTENT_DISPOSITION);
	}

}
