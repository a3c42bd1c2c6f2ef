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
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors of the JSON API ({@code @RestController}s) answer JSON, {@code {"error":
 * "..."}}, with the right status; pages get the error pages instead. A controller's own
 * {@code @ExceptionHandler} still wins.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

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
