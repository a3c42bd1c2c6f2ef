package org.treatylens.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every error under {@code /api/} has one shape, RFC 9457 problem details, also when no
 * endpoint was found at all; a bug answers 500 without telling how the app failed.
 */
@WebMvcTest(ApiErrorWebTests.Things.class)
@Import(ApiErrorWebTests.Things.class)
class ApiErrorWebTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void anUnknownRouteIsAProblemNotSpringsDefaultBody() throws Exception {
		problem(this.mvc.perform(get("/api/no/such/route")), 404).andExpect(jsonPath("$.timestamp").doesNotExist())
			.andExpect(jsonPath("$.detail").value(containsString("/api/no/such/route")));
		// also for a browser, which asks for HTML
		problem(this.mvc.perform(get("/api/no/such/route").accept(MediaType.TEXT_HTML)), 404);
	}

	@Test
	void aMalformedPathParameterIsA400ThatSaysWhatWasExpected() throws Exception {
		problem(this.mvc.perform(get("/api/things/abc")), 400)
			.andExpect(jsonPath("$.detail").value("'abc' is not a valid number: expected a whole number"));
		problem(this.mvc.perform(get("/api/things/99999999999")), 400);
	}

	@Test
	void aMethodTheRouteDoesNotTakeIsA405Problem() throws Exception {
		problem(this.mvc.perform(delete("/api/things/3").with(TestEditor.api())), 405);
	}

	@Test
	void aControllersOwnStatusKeepsItsMessage() throws Exception {
		problem(this.mvc.perform(get("/api/things/404")), 404).andExpect(jsonPath("$.detail").value("No thing 404"));
	}

	@Test
	void aBugIsA500ThatRevealsNothing() throws Exception {
		problem(this.mvc.perform(get("/api/things/500")), 500)
			.andExpect(jsonPath("$.detail").value("Internal error: the request could not be answered"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("secret"))));
	}

	private static ResultActions problem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").value(HttpStatus.valueOf(status).getReasonPhrase()))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	/** Stands for any API endpoint. */
	@RestController
	static class Things {

		@GetMapping("/api/things/{number}")
		String thing(@PathVariable int number) {
			if (number == 404) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No thing 404");
			}
			if (number == 500) {
				throw new IllegalStateException("secret internals");
			}
			return "thing " + number;
		}

	}

}
