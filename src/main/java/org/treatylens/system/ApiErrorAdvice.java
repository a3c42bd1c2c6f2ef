package org.treatylens.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the JSON API ({@code @RestController}s) answer RFC 9457 problem details
 * ({@code application/problem+json}) with the right status; pages get the error pages
 * instead. A controller's own {@code @ExceptionHandler} still wins.
 * {@link ApiErrorResolver} gives the same answer under {@code /api/} when no controller
 * was found at all.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

	@ExceptionHandler(Exception.class)
	ProblemDetail handle(Exception ex) {
		return problemFor(ex);
	}

	/**
	 * The problem a failed API request answers.
	 * @param ex what went wrong
	 * @return the problem, with a message a client can act on
	 */
	static ProblemDetail problemFor(Exception ex) {
		if (ex instanceof MaxUploadSizeExceededException tooLarge) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					"The upload is larger than the limit" + limit(tooLarge.getMaxUploadSize()));
		}
		if (ex instanceof NoResourceFoundException missing) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"There is no API endpoint at /" + missing.getResourcePath() + ": see /api/articles");
		}
		if (ex instanceof MultipartException) {
			// not multipart at all: the client's mistake, so say what to send
			return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"Send the file as multipart/form-data, in a part named 'file' (" + ex.getMessage() + ")");
		}
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"'" + mismatch.getValue() + "' is not a valid " + mismatch.getName() + expected(mismatch));
		}
		if (ex instanceof ResponseStatusException status && status.getReason() != null) {
			return ProblemDetail.forStatusAndDetail(status.getStatusCode(), status.getReason());
		}
		if (ex instanceof ErrorResponse error) {
			ProblemDetail body = error.getBody();
			if (body.getDetail() == null) {
				body.setDetail(ex.getMessage());
			}
			return body;
		}
		log.error("API request failed", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Internal error: the request could not be answered");
	}

	private static String limit(long bytes) {
		return (bytes > 0) ? " of " + (bytes / (1024 * 1024)) + " MB" : "";
	}

	private static String expected(MethodArgumentTypeMismatchException mismatch) {
		Class<?> type = mismatch.getRequiredType();
		if (type == null) {
			return "";
		}
		boolean whole = type == int.class || type == Integer.class || type == long.class || type == Long.class;
		return whole ? ": expected a whole number" : ": expected " + type.getSimpleName();
	}

}
