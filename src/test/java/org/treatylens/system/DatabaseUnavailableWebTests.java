package org.treatylens.system;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * While the database is away (what the connection pool reports after its timeout), pages
 * and the API say so with a 503 to retry, not a 500.
 */
@WebMvcTest({ DatabaseUnavailableWebTests.Page.class, DatabaseUnavailableWebTests.Api.class })
@Import({ DatabaseUnavailableWebTests.Page.class, DatabaseUnavailableWebTests.Api.class })
class DatabaseUnavailableWebTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void aPageSaysTheDatabaseIsAwayWith503() throws Exception {
		this.mvc.perform(get("/reading"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("TreatyLens is unavailable for a moment")));
	}

	@Test
	void theApiAnswersA503Problem() throws Exception {
		this.mvc.perform(get("/api/reading"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(jsonPath("$.detail").value(DatabaseUnavailableAdvice.MESSAGE));
	}

	/** Stands for any page that reads the database. */
	@Controller
	static class Page {

		@GetMapping("/reading")
		String read() {
			throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
					new SQLTransientConnectionException("treatylens - Connection is not available, request timed out"));
		}

	}

	/** Stands for any API endpoint that reads the database. */
	@RestController
	static class Api {

		@GetMapping("/api/reading")
		String read() {
			throw new DataAccessResourceFailureException("Unable to acquire JDBC Connection");
		}

	}

}
