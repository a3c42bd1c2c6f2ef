package org.treatylens.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 description at {@code /v3/api-docs}, shown by the API page
 * ({@code /swagger-ui/index.html}, swagger-ui served from its webjar by the app itself).
 * The operations describe themselves with annotations in their own modules; this is what
 * holds for all of them.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String DESCRIPTION = """
			The JSON API of TreatyLens: the treaty's articles, the commentary documents, which passage \
			discusses which article and why, full-text search, the evidence exports, and imports.

			**One vocabulary.** A commentary document is referred to by `document` (its slug) and \
			`documentLabel`; a link to a page is an absolute `permalink`; a date is ISO as precise as it is \
			known (`2025`, `2025-02`, `2025-01-24`) and called `published`.

			**Errors** are RFC 9457 problem details. A malformed or out-of-range parameter is a 400 whose \
			message names the allowed range; it is never silently changed.

			**Access.** Reading (GET) is public. Every other method needs an editor (HTTP Basic).""";

	@Bean
	OpenAPI treatyLensOpenApi() {
		return new OpenAPI()
			.info(new Info().title("TreatyLens API")
				.version("1")
				.description(DESCRIPTION)
				.license(new License().name("Apache-2.0").identifier("Apache-2.0")))
			.components(new Components().addSecuritySchemes("editor",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("basic")
						.description("An editor's user name and password")));
	}

	/**
	 * Every method but GET and HEAD needs an editor ({@link SecurityConfiguration}): say
	 * so on each such operation, with the 401 and 403 it can answer, so the API page asks
	 * for the credentials before trying one.
	 */
	@Bean
	OpenApiCustomizer editorsWrite() {
		return (openApi) -> openApi.getPaths()
			.values()
			.forEach((path) -> path.readOperationsMap().forEach((method, operation) -> {
				if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
					operation.addSecurityItem(new SecurityRequirement().addList("editor"));
					operation.getResponses()
						.addApiResponse("401", new ApiResponse().description("No editor's credentials were given"))
						.addApiResponse("403", new ApiResponse().description("The user is not an editor"));
				}
			}));
	}

}
