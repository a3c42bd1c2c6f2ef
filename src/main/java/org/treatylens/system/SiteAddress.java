package org.treatylens.system;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The app's public address, for permalinks and citations: {@code treatylens.base-url}
 * ({@code TREATYLENS_BASE_URL}), else {@code http://localhost:<port>}. Never the
 * request's Host header, which any client can set: a citation copied from the page must
 * point at this site, whoever asked.
 */
@Component
public class SiteAddress implements ApplicationListener<WebServerInitializedEvent> {

	private final boolean configured;

	private volatile String base;

	SiteAddress(@Value("${treatylens.base-url:}") String configured, @Value("${server.port:8080}") int port) {
		this.configured = !configured.isBlank();
		this.base = this.configured ? checked(configured.strip()) : "http://localhost:" + port;
	}

	/**
	 * The base URL without a trailing slash, e.g. {@code https://treatylens.example}.
	 * @return the base URL
	 */
	public String base() {
		return this.base;
	}

	/**
	 * An absolute URL for a path of the app.
	 * @param path a path starting with {@code /}
	 * @return the absolute URL
	 */
	public String of(String path) {
		return this.base + path;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		// unconfigured: the port actually bound (server.port may be 0)
		if (!this.configured && event.getWebServer().getPort() > 0) {
			this.base = "http://localhost:" + event.getWebServer().getPort();
		}
	}

	private static String checked(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("treatylens.base-url '" + url + "' is not a URL", ex);
		}
		if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
				|| uri.getQuery() != null || uri.getFragment() != null) {
			throw new IllegalStateException(
					"treatylens.base-url must be an absolute http(s) URL such as https://treatylens.example, not '"
							+ url + "'");
		}
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
