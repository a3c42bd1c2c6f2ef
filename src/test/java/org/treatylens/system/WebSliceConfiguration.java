package org.treatylens.system;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Every {@code @WebMvcTest} slice gets the app's real access rules (listed in
 * {@code META-INF/spring/...AutoConfigureWebMvc.imports}), ahead of Spring Boot's default
 * "everything needs a login" chain, so slice tests see what users see; and the site's
 * address, which pages use for permalinks.
 */
@AutoConfiguration(before = { SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		UserDetailsServiceAutoConfiguration.class })
@Import({ SecurityConfiguration.class, SiteAddress.class })
class WebSliceConfiguration {

}
