package org.treatylens.system;

import java.util.Set;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. Readers never sign in: every GET and HEAD is public except the editor
 * pages ({@code /import}, {@code /editor/**}). Every other method, on any path, needs the
 * {@link Editors#ROLE editor role}, so a write endpoint added later is protected without
 * anyone remembering to: 401 without credentials, 403 without the role.
 * <p>
 * Two chains: the JSON API ({@code /api/**}) and the health endpoints
 * ({@code /actuator/**}) are stateless with HTTP Basic; pages use a session with form
 * login and CSRF tokens. See docs/security.md for the cross-site rule of the API.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/** Paths only editors may even look at. */
	static final String[] EDITOR_PAGES = { "/import", "/import/**", "/editor/**" };

	private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

	@Bean
	Editors editors(@Value("${treatylens.admin.password:}") String password) {
		return new Editors(!password.isBlank());
	}

	@Bean
	ProblemResponses problemResponses() {
		return new ProblemResponses();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The first editor, {@code admin}, kept only as a hash. Without a password there is
	 * no user at all (and Spring Boot's generated default user is not created either), so
	 * nobody can write.
	 */
	@Bean
	UserDetailsService editorAccounts(@Value("${treatylens.admin.password:}") String password,
			PasswordEncoder encoder) {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
		if (!password.isBlank()) {
			// an already hashed value such as {bcrypt}$2a$... is taken as it is
			String hash = password.startsWith("{") ? password : encoder.encode(password);
			users.createUser(User.withUsername(Editors.ADMIN).password(hash).roles(Editors.ROLE).build());
		}
		return users;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
		AuthenticationEntryPoint unauthorized = problems.unauthorized();
		AccessDeniedHandler denied = problems.forbidden();
		// the health endpoints too: monitors read them without a session, editors with
		// Basic credentials get the details
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(HttpMethod.GET)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD)
				.permitAll()
				.anyRequest()
				.hasRole(Editors.ROLE))
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthorized))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// no session, so no token to check: instead a write that a browser marks as
			// cross-site is refused before its (possibly cached) credentials are looked
			// at
			.csrf((csrf) -> csrf.disable())
			.addFilterBefore(new CrossSiteWriteFilter(denied), BasicAuthenticationFilter.class)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
			.requestCache((cache) -> cache.disable());
		return headers(http).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, Editors editors) throws Exception {
		LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		AccessDeniedHandler denied = new AccessDeniedHandlerImpl();
		http.authorizeHttpRequests((requests) -> {
			requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
			if (!editors.exist()) {
				// with nobody able to sign in, the import page only says how to enable
				// writing
				requests.requestMatchers(HttpMethod.GET, "/import").permitAll();
			}
			requests.requestMatchers(HttpMethod.GET, EDITOR_PAGES)
				.hasRole(Editors.ROLE)
				.requestMatchers(HttpMethod.HEAD, EDITOR_PAGES)
				.hasRole(Editors.ROLE)
				.requestMatchers(HttpMethod.GET, "/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**")
				.permitAll()
				.anyRequest()
				.hasRole(Editors.ROLE);
		})
			.formLogin((form) -> form.loginPage("/login").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/").permitAll())
			// reading pages redirect to the sign-in form; a write without credentials is
			// plainly 401 (a redirect would lose the upload anyway)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
				if (READ_METHODS.contains(request.getMethod())) {
					login.commence(request, response, ex);
				}
				else {
					response.sendError(HttpStatus.UNAUTHORIZED.value(), "Sign in as an editor to do this");
				}
			}).accessDeniedHandler(denied));
		return headers(http).build();
	}

	private static HttpSecurity headers(HttpSecurity http) throws Exception {
		return http.headers((headers) -> headers.addHeaderWriter(SecurityHeaders.contentSecurityPolicy())
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
	}

}
