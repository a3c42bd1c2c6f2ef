package org.treatylens.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI description covers every API endpoint the app really serves (read from the
 * handler mapping, so a new endpoint without a description fails here), states the limits
 * of the parameters, and its page is served by the app with nothing fetched from
 * elsewhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocumentationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void theDescriptionListsEveryApiEndpointWithItsMethods() throws Exception {
		JsonNode paths = apiDocs().get("paths");
		List<String> served = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/") || pattern.contains("/export.")) {
					String path = pattern.replaceAll("\\{(\\w+):[^/]*}", "{$1}");
					for (RequestMethod method : methods) {
						served.add(method.name().toLowerCase(Locale.ROOT) + " " + path);
					}
				}
			}
		}
		assertThat(served).contains("get /api/articles", "get /api/search", "post /api/import/documents",
				"get /articles/export.csv");
		List<String> described = new ArrayList<>();
		paths.properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			described.add(operation.getKey() + " " + path.getKey());
			assertThat(operation.getValue().get("summary")).as(operation.getKey() + " " + path.getKey()).isNotNull();
		}));
		// one path and method may have handlers for several content types: one operation
		assertThat(described).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(new java.util.TreeSet<>(served));
	}

	@Test
	void theDescriptionIsOpenApi31WithTheLimitsOfTheParametersAndExamples() throws Exception {
		JsonNode docs = apiDocs();
		assertThat(docs.get("openapi").asString()).startsWith("3.1");
		JsonNode search = docs.get("paths").get("/api/search").get("get");
		JsonNode size = parameter(search, "size").get("schema");
		assertThat(size.get("minimum").asInt()).isEqualTo(1);
		assertThat(size.get("maximum").asInt()).isEqualTo(50);
		assertThat(parameter(search, "sort").get("schema").get("enum")).extracting(JsonNode::asString)
			.containsExactly("relevance", "date");
		assertThat(search.get("responses").get("200").toString()).contains("examples", "documentLabel");
		JsonNode article = parameter(docs.get("paths").get("/api/articles/{number}/passages").get("get"), "number");
		assertThat(article.get("schema").get("minimum").asInt()).isEqualTo(1);
		assertThat(docs.get("paths").get("/api/articles/{number}/passages").get("get").get("responses").has("400"))
			.isTrue();
		// writing needs an editor, and the description says so
		JsonNode importDocument = docs.get("paths").get("/api/import/documents").get("post");
		assertThat(importDocument.get("security").toString()).contains("editor");
		assertThat(importDocument.get("responses").has("401")).isTrue();
		assertThat(docs.get("paths").get("/api/articles").get("get").has("security")).isFalse();
		// pages are not API
		assertThat(docs.get("paths").has("/articles/{number}")).isFalse();
	}

	@Test
	void theApiPageIsServedByTheAppAndFetchesNothingFromElsewhere() throws Exception {
		String page = body("/swagger-ui/index.html");
		assertThat(page).contains("swagger-ui-bundle.js", "swagger-initializer.js").doesNotContain("://");
		assertThat(page).doesNotContainPattern("<script>[^<]");
		String initializer = body("/swagger-ui/swagger-initializer.js");
		assertThat(initializer).contains("/v3/api-docs").doesNotContain("petstore");
		String config = body("/v3/api-docs/swagger-config");
		assertThat(config).contains("\"validatorUrl\":\"none\"");
		// the only address in it is the app's own
		assertThat(config.replace("http://localhost/", "")).doesNotContain("://");
		this.mvc.perform(get("/swagger-ui/swagger-ui-bundle.js")).andExpect(status().isOk());
		this.mvc.perform(get("/swagger-ui/swagger-ui.css")).andExpect(status().isOk());
		assertThat(body("/")).contains("href=\"/swagger-ui/index.html\">API</a>");
		// the page's one inline style is allowed by its hash there, and inline styles
		// nowhere
		this.mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self' 'sha256-")));
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self';")));
	}

	private JsonNode apiDocs() throws Exception {
		return JsonMapper.builder().build().readTree(body("/v3/api-docs"));
	}

	private String body(String url) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static JsonNode parameter(JsonNode operation, String name) {
		for (JsonNode parameter : operation.get("parameters")) {
			if (parameter.get("name").asString().equals(name)) {
				return parameter;
			}
		}
		throw new AssertionError("no parameter " + name + " in " + operation);
	}

}
