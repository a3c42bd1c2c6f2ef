package org.treatylens.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readers' page cache as a filter, without Spring: what it serves without rendering,
 * and that it stands aside when it cannot tell where the corpus is.
 */
class ReaderPageCacheFilterTests {

	private final AtomicInteger renders = new AtomicInteger();

	@Test
	void aReaderAskingAgainIsServedWithoutRenderingTheSameBytes() throws Exception {
		ReaderPageCache cache = cache(() -> OptionalLong.of(7));
		MockHttpServletResponse first = get(cache, "/coverage");
		MockHttpServletResponse again = get(cache, "/coverage");
		assertThat(this.renders).hasValue(1);
		assertThat(again.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(first.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo("<p>rendered 1</p>");
		assertThat(again.getContentType()).isEqualTo("text/html;charset=UTF-8");
		// another page, or the same with other parameters, is rendered; the API always is
		get(cache, "/coverage?sourcePage=2");
		get(cache, "/api/documents");
		get(cache, "/api/documents");
		assertThat(this.renders).hasValue(4);
	}

	@Test
	void whenTheDatabaseIsOutOfReachThePageIsRenderedAndSaysSo() throws Exception {
		ReaderPageCache cache = cache(() -> {
			throw new CannotGetJdbcConnectionException("the database is away");
		});
		get(cache, "/coverage");
		get(cache, "/coverage");
		assertThat(this.renders).hasValue(2);
	}

	@Test
	void whileJobsAreUnderWayEveryPageIsRendered() throws Exception {
		ReaderPageCache cache = cache(OptionalLong::empty);
		get(cache, "/coverage");
		get(cache, "/coverage");
		assertThat(this.renders).hasValue(2);
	}

	private ReaderPageCache cache(SettledCorpus corpus) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("corpus", corpus));
		return new ReaderPageCache(DataSize.ofMegabytes(1), DataSize.ofMegabytes(1), Duration.ofMinutes(1),
				beans.getBeanProvider(SettledCorpus.class));
	}

	private MockHttpServletResponse get(ReaderPageCache cache, String address) throws Exception {
		String[] parts = address.split("\\?", 2);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", parts[0]);
		if (parts.length > 1) {
			request.setQueryString(parts[1]);
			for (String pair : parts[1].split("&")) {
				String[] nameValue = pair.split("=", 2);
				request.addParameter(nameValue[0], nameValue[1]);
			}
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, new MockFilterChain(new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
				resp.setContentType("text/html;charset=UTF-8");
				resp.getWriter()
					.write("<p>rendered " + ReaderPageCacheFilterTests.this.renders.incrementAndGet() + "</p>");
			}
		}));
		return response;
	}

}
