package org.treatylens.system;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's CSRF defence. API writes carry HTTP Basic credentials and no session, so
 * there is no token to check; but a browser resends Basic credentials it has cached for
 * this site also when another site's page sends the request. Browsers say where a request
 * comes from ({@code Sec-Fetch-Site}, {@code Origin}), so a write they mark as coming
 * from another site, or from an opaque ({@code null}) origin, is refused. Clients that
 * are not browsers (curl, scripts) send neither header and are not affected.
 */
class CrossSiteWriteFilter extends OncePerRequestFilter {

	private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

	private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

	private final AccessDeniedHandler denied;

	CrossSiteWriteFilter(AccessDeniedHandler denied) {
		this.denied = denied;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!READ_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
			this.denied.handle(request, response, new AccessDeniedException(
					"A write from another site's page is refused: send it from TreatyLens itself or from a client that is not a browser"));
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isCrossSite(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null && !OWN_SITE.contains(fetchSite.toLowerCase(Locale.ROOT))) {
			return true;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		return origin != null && !sameOrigin(origin, request);
	}

	private static boolean sameOrigin(String origin, HttpServletRequest request) {
		try {
			URI uri = URI.create(origin.strip());
			if (uri.getScheme() == null || uri.getHost() == null) {
				return false; // "null" and anything else that names no site
			}
			return uri.getScheme().equalsIgnoreCase(request.getScheme())
					&& uri.getHost().equalsIgnoreCase(request.getServerName())
					&& port(uri.getPort(), uri.getScheme()) == port(request.getServerPort(), request.getScheme());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static int port(int port, String scheme) {
		if (port > 0) {
			return port;
		}
		return "https".equalsIgnoreCase(scheme) ? 443 : 80;
	}

}
