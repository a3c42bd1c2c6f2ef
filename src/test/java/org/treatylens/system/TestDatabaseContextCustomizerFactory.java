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
 * Points every test application context at the {@link TestDatabase}, so no test can fall
 * back to anything but a real PostgreSQL. Registered in
 * {@code META-INF/spring.factories}.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new TestDatabaseCustomizer();
	}

	private static final class TestDatabaseCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestDatabase.Connection db = TestDatabase.freshDatabase();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("treatylensTestDatabase", Map.of("spring.datasource.url", db.url(),
						"spring.datasource.username", db.username(), "spring.datasource.password", db.password(),
						// slices such as @DataJpaTest keep the real database
						// instead of replacing it
						"spring.test.database.replace", "none",
						// a cached context keeps its pool: idle connections close, so the
						// suite's contexts together stay under the server's 100
						"spring.datasource.hikari.minimum-idle", "1", "spring.datasource.hikari.idle-timeout", "10000",
						// each context keeps its files (the Lucene index) apart
						// from the others and from ./data
						"treatylens.data-dir", TestDatabase.scratchDirectory().toString())));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestDatabaseCustomizer;
		}

		@Override
		public int hashCode() {
			return TestDatabaseCustomizer.class.hashCode();
		}

	}

}
