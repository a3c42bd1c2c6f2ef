package org.treatylens.system;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Wraps every test context's data source so that {@link StatementCounter} can count a
 * request's statements. The same customizer for every test class, so contexts are still
 * shared between them. Registered in {@code META-INF/spring.factories}.
 */
class StatementCounterContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new CountingCustomizer();
	}

	private static final class CountingCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource) ? StatementCounter.counting(dataSource) : bean;
				}

			});
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof CountingCustomizer;
		}

		@Override
		public int hashCode() {
			return CountingCustomizer.class.hashCode();
		}

	}

}
