package org.treatylens.system;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors of the JSON API ({@code @RestController}s) answer JSON, {@code {"error":
 * "..."}}, with the right status; pages get the error pages instead. A controller's own
 * {@code @ExceptionHandler} still wins.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

	/**
	 * A request that is not multipart at all never reaches the handler's own checks; it
	 * is the client's mistake, so it gets a 400 that says what to send rather than a 500.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Map<String, String>> handleNotMultipart(MultipartException ex) {
		return body(HttpStatus.BAD_REQUEST,
				"Send the file as multipart/form-data, in a part named 'file' (" + ex.getMessage() + ")");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, String>> handle(Exception ex) {
		if (ex instanceof ResponseStatusException status && status.getReason() != null) {
			return body(status.getStatusCode(), status.getReason());
		}
		if (ex instanceof ErrorResponse error) {
			String detail = error.getBody().getDetail();
			return body(error.getStatusCode(), (detail != null) ? detail : ex.getMessage());
		}
		log.error("API request failed", ex);
		return body(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error: the request could not be answered");
	}

	private static ResponseEntity<Map<String, String>> body(HttpStatusCode status, String message) {
		return ResponseEntity.status(status).body(Map.of("error", message));
	}

}
