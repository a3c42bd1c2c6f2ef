package org.treatylens.system;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link ApiErrorResolver} right after the {@code @ExceptionHandler} resolver,
 * before Spring's default ones that would answer {@code /api/} errors in another shape.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorConfiguration implements WebMvcConfigurer {

	private final ProblemResponses problems;

	ApiErrorConfiguration(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(Math.min(1, resolvers.size()), new ApiErrorResolver(this.problems));
	}

}
