package org.treatylens.system;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static assets are linked under their content hash ({@code /css/app-<md5>.css}) by
 * Spring's {@link ResourceUrlEncodingFilter}, which asks the resource chain about every
 * URL a page links to; for a link that is no file ({@code /articles/3?sources=…}) that
 * meant searching the classpath's jars on every link of every page (42 % of the pages'
 * rendering time in the benchmark's profile). This filter takes the place of Spring
 * Boot's ({@link AssetLinks}) and lets only URLs that name a file ({@code name.ext})
 * through to it.
 */
class AssetUrlEncodingFilter extends ResourceUrlEncodingFilter {

	/** A path whose last segment has an extension, before any query or fragment. */
	private static final Pattern FILE = Pattern.compile("^[^?#]*/[^/?#]+\\.[A-Za-z0-9]+([?#].*)?$");

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(response instanceof HttpServletResponse plain)) {
			super.doFilter(request, response, chain);
			return;
		}
		super.doFilter(request, response,
				(req, versioned) -> chain.doFilter(req, new FilesOnly((HttpServletResponse) versioned, plain)));
	}

	static boolean namesAFile(String url) {
		return FILE.matcher(url).matches();
	}

	/**
	 * Encodes a file's URL through the resource chain, any other URL as the container
	 * would.
	 */
	private static final class FilesOnly extends HttpServletResponseWrapper {

		private final HttpServletResponse plain;

		FilesOnly(HttpServletResponse versioned, HttpServletResponse plain) {
			super(versioned);
			this.plain = plain;
		}

		@Override
		public String encodeURL(String url) {
			return namesAFile(url) ? super.encodeURL(url) : this.plain.encodeURL(url);
		}

	}

}
