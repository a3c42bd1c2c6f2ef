package org.treatylens.system;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url} configured, the app runs its own PostgreSQL (see
 * {@link LocalPostgresServer}) and uses it as the DataSource; Boot's DataSource
 * auto-configuration then backs off, and Flyway migrates this one. With a URL configured,
 * none of this exists.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceConfigured.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	LocalPostgresServer localPostgresServer(@Value("${treatylens.data-dir}") String dataDir,
			@Value("${treatylens.embedded-database.fallback-dir:/var/lib}") String fallbackDir) {
		return LocalPostgresServer.start(Path.of(dataDir).resolve("postgres"), Path.of(fallbackDir));
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(LocalPostgresServer server) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("treatylens-embedded");
		config.setJdbcUrl(server.jdbcUrl());
		config.setUsername(LocalPostgresServer.SUPERUSER);
		config.setMaximumPoolSize(10);
		return new HikariDataSource(config);
	}

	static class NoDataSourceConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
