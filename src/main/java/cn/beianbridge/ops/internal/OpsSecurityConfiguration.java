package cn.beianbridge.ops.internal;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Who may reach the console. People sign in with a form ({@code /ops/login}, users in {@code ops_user}) and get a
 * session, with CSRF tokens on every form; machines call {@code /api/ops/v1} with a bearer token. Both chains only
 * let a VIEWER in; what each role may change is decided by method security on the console's services, so the
 * pages and the API cannot differ. ADMIN includes OPERATOR, which includes VIEWER.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(OpsSettings.class)
class OpsSecurityConfiguration {

	static final String PAGES = "/ops";

	static final String API = "/api/ops/v1";

	/** Where the login page's "sign in with ..." links start an OIDC sign-in: {@code <this>/<registrationId>}. */
	static final String OIDC_AUTHORIZATION = PAGES + "/oauth2/authorization";

	@Bean
	static RoleHierarchy opsRoleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_OPERATOR\nROLE_OPERATOR > ROLE_VIEWER");
	}

	@Bean
	PasswordEncoder opsPasswordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	IdempotencyFilter opsIdempotencyFilter(IdempotencyMapper mapper, Clock clock) {
		return new IdempotencyFilter(mapper, clock);
	}

	/** The filters run inside the security chains only, not a second time as plain servlet filters. */
	@Bean
	FilterRegistrationBean<IdempotencyFilter> opsIdempotencyFilterRegistration(IdempotencyFilter filter) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@Order(2)
	SecurityFilterChain opsApi(HttpSecurity http, OpsUsers users, IdempotencyFilter idempotency) throws Exception {
		http.securityMatcher(API + "/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiTokenFilter(users), AnonymousAuthenticationFilter.class)
			.addFilterAfter(idempotency, AuthorizationFilter.class)
			.authorizeHttpRequests(auth -> auth.anyRequest().hasRole("VIEWER"))
			.exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain opsPages(HttpSecurity http, OpsUsers users, OpsSettings settings,
			ObjectProvider<ClientRegistrationRepository> oidcProviders) throws Exception {
		http.securityMatcher(PAGES, PAGES + "/**", "/swagger-ui/**", "/swagger-ui.html")
			.addFilterBefore(new ApiTokenFilter(users), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth.requestMatchers(PAGES + "/login", PAGES + "/assets/**",
					OIDC_AUTHORIZATION + "/**", PAGES + "/login/oauth2/code/**")
				.permitAll()
				.anyRequest()
				.hasRole("VIEWER"))
			.formLogin(form -> form.loginPage(PAGES + "/login").defaultSuccessUrl(PAGES, false))
			.logout(logout -> logout.logoutUrl(PAGES + "/logout").logoutSuccessUrl(PAGES + "/login?signedOut"))
			// a browser is sent to the login page; htmx's partial requests and other clients get a plain 401
			.exceptionHandling(e -> e
				.defaultAuthenticationEntryPointFor(unauthorized(), new RequestHeaderRequestMatcher("HX-Request"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(PAGES + "/login"),
						request -> {
							String accept = request.getHeader("Accept");
							return accept != null && accept.contains("text/html");
						})
				.defaultAuthenticationEntryPointFor(unauthorized(), request -> true));
		if (oidcProviders.getIfAvailable() != null) {
			// the provider's redirect URI is {baseUrl}/ops/login/oauth2/code/{registrationId}
			http.oauth2Login(oidc -> oidc.loginPage(PAGES + "/login")
				.authorizationEndpoint(endpoint -> endpoint.baseUri(OIDC_AUTHORIZATION))
				.redirectionEndpoint(endpoint -> endpoint.baseUri(PAGES + "/login/oauth2/code/*"))
				.loginProcessingUrl(PAGES + "/login/oauth2/code/*")
				.defaultSuccessUrl(PAGES, false)
				.userInfoEndpoint(info -> info.oidcUserService(new ConsoleOidcUsers(users, settings.oidcUsernameClaim()))));
		}
		return http.build();
	}

	private static AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Bearer");
			ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "Authorization",
					"sign in, or present a valid bearer token");
		};
	}

	private static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> ProblemResponses.write(response, HttpStatus.FORBIDDEN, null,
				"your role may not do this");
	}

}
