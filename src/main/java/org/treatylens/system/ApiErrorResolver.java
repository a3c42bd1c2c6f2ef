package org.treatylens.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Problem details for {@code /api/} requests that failed before any controller was found
 * (an unknown route, a method the route does not take, an upload over the limit), which
 * {@link ApiErrorAdvice} never sees: without this they got Spring's {@code {timestamp,
 * status, error, path}}. Registered after the {@code @ExceptionHandler} resolver, so
 * controllers and the advice answer first.
 */
class ApiErrorResolver implements HandlerExceptionResolver {

	private final ProblemResponses problems;

	ApiErrorResolver(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!isApi(request) || response.isCommitted()) {
			return null;
		}
		ProblemDetail problem = ApiErrorAdvice.problemFor(ex);
		try {
			HttpStatus status = HttpStatus.valueOf(problem.getStatus());
			this.problems.write(request, response, status, problem.getDetail());
			return new ModelAndView();
		}
		catch (Exception writeFailed) {
			return null;
		}
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/");
	}

}
