package org.treatylens.system;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test application context the {@link TestEditor} (a test that needs no
 * editor overrides {@code treatylens.admin.password} with an empty value), and turns the
 * per-client rate limits off unless a test turns them on. Registered in
 * {@code META-INF/spring.factories}.
 */
class EditorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new EditorCustomizer();
	}

	private static final class EditorCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			// the variable application.properties reads, and last: a test's own
			// treatylens.admin.password still wins
			context.getEnvironment()
				.getPropertySources()
				.addLast(new MapPropertySource("treatylensTestEditor",
						Map.of("TREATYLENS_ADMIN_PASSWORD", TestEditor.PASSWORD,
								// tests fire requests faster than any person; the limits
								// have their own tests (RateLimitTests)
								"treatylens.rate-limit.enabled", "false")));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof EditorCustomizer;
		}

		@Override
		public int hashCode() {
			return EditorCustomizer.class.hashCode();
		}

	}

}
