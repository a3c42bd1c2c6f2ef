package org.treatylens.system;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
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

	/**
	 * The pool for the embedded server. It takes the {@code spring.datasource.hikari.*}
	 * settings like a configured one does, so the timeouts of application.properties
	 * (connection, socket, statement) hold here too.
	 */
	@Bean(destroyMethod = "close")
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(LocalPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("treatylens-embedded");
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(LocalPostgresServer.SUPERUSER);
		dataSource.setPassword(server.password());
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	@Bean
	EmbeddedDatabaseWatchdog embeddedDatabaseWatchdog(LocalPostgresServer server,
			@Value("${treatylens.embedded-database.watchdog-interval:3s}") String interval) {
		return new EmbeddedDatabaseWatchdog(server, DurationStyle.detectAndParse(interval));
	}

	/**
	 * {@code embeddedDatabase} in {@code /actuator/health}: whether the postmaster runs,
	 * and how often the watchdog had to start it again.
	 */
	@Bean
	HealthIndicator embeddedDatabaseHealthIndicator(LocalPostgresServer server) {
		return () -> {
			Health.Builder health = server.alive() ? Health.up() : Health.down()
				.withDetail("problem", "the postmaster is not running; the watchdog starts it again");
			return health.withDetail("port", server.port())
				.withDetail("restarts", server.restarts())
				.withDetail("authentication", "scram-sha-256")
				.build();
		};
	}

	static class NoDataSourceConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
