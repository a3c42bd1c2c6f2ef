package org.treatylens.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Refuses a request whose declared body is over the upload limit with 413 before anything
 * reads it: a problem JSON under {@code /api/}, the "too large" page elsewhere. It runs
 * before Spring Security because reading the form's CSRF token would parse the oversized
 * multipart body, fail, and answer a misleading 403. Bodies without a length (chunked)
 * are still stopped by the multipart limits, and answered the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final ProblemResponses problems;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize limit,
			ProblemResponses problems) {
		this.limit = limit.toBytes();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.limit > 0 && request.getContentLengthLong() > this.limit) {
			SecurityHeaders.writeTo(request, response);
			String detail = "The upload is larger than the limit of " + DataSize.ofBytes(this.limit).toMegabytes()
					+ " MB";
			if (ApiErrorResolver.isApi(request)) {
				this.problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, detail);
			}
			else {
				// mark the multipart parsing as failed already, so that the error
				// page's dispatch does not parse the oversized body again
				request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(this.limit));
				response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), detail);
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
