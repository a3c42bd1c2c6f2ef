package org.treatylens.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database is unreachable (stopped, restarting, timing out) every request that
 * needs it answers 503 with {@code Retry-After}: a page saying so, or a problem under
 * {@code /api/}; not a stack of 500s. Nothing to do to recover: the connection pool
 * reconnects when the database is back. Ahead of the other advice, which would call it a
 * bug.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

	static final String MESSAGE = "The database is not answering at the moment; try again in a little while";

	private final ProblemResponses problems;

	DatabaseUnavailableAdvice(ProblemResponses problems) {
		this.problems = problems;
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			QueryTimeoutException.class })
	ModelAndView unavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		// one line, not a stack trace per request while the database is away
		log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, "10");
		if (ApiErrorResolver.isApi(request)) {
			return new ModelAndView(
					(model, req, res) -> this.problems.write(req, res, HttpStatus.SERVICE_UNAVAILABLE, MESSAGE));
		}
		ModelAndView page = new ModelAndView("error/503");
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}

}
