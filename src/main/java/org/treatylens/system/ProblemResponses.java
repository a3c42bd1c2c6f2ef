package org.treatylens.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * RFC 9457 problem details written straight to the response, for the errors that happen
 * before any controller (and so any advice) is reached: 401, 403 and 429 from filters.
 * Declared by {@link SecurityConfiguration}, so slice tests that import it get it too.
 */
public class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.shared();

	AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"TreatyLens\"");
			write(request, response, HttpStatus.UNAUTHORIZED,
					"Sign in as an editor (HTTP Basic) to do this: only editors may write");
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(request, response, HttpStatus.FORBIDDEN,
				(ex.getMessage() != null && !ex.getMessage().equals("Access Denied")) ? ex.getMessage()
						: "Only editors may do this");
	}

	/**
	 * Writes a problem JSON body with the status.
	 * @param request the request, whose path becomes the problem's instance
	 * @param response the response to write to
	 * @param status the status
	 * @param detail what went wrong, for people
	 * @throws IOException when the response cannot be written
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), body);
	}

}
