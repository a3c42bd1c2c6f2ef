package org.treatylens.system;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Registers {@link AssetUrlEncodingFilter} as the app's resource URL encoding filter:
 * Spring Boot registers its own only when none is there.
 */
@Configuration(proxyBeanMethods = false)
class AssetLinks {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> assetUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new AssetUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

}
