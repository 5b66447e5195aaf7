package cn.beianbridge;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import cn.beianbridge.collection.IntakeTokenFilter;
import cn.beianbridge.shared.BearerTokenFilter;

/**
 * Machines call with bearer tokens. The API port serves the intake (and the demo's simulators) and the operations
 * console (its own chains, module ops); the actuator is on
 * {@code management.server.port}, where health's status is open and its details, Prometheus and metrics need
 * {@code bridge.management.token} (role {@code ACTUATOR}).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	/** The token filter runs inside the security chain only, not a second time as a plain servlet filter. */
	@Bean
	FilterRegistrationBean<IntakeTokenFilter> intakeTokenFilterRegistration(IntakeTokenFilter filter) {
		FilterRegistrationBean<IntakeTokenFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Requests to the actuator's endpoints; with a management port of its own (the default) they only match there,
	 * so this chain never sees the API port.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain management(HttpSecurity http, ManagementSettings settings) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new BearerTokenFilter(settings.token(), "monitoring", "ACTUATOR"),
					AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to("health", "info"))
				.permitAll()
				.anyRequest()
				.hasRole("ACTUATOR"))
			.exceptionHandling(e -> e.authenticationEntryPoint(bearerRequired()));
		return http.build();
	}

	/** Last: the operations console's chains ({@code /ops}, {@code /api/ops/v1}) come before this catch-all. */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain api(HttpSecurity http, IntakeTokenFilter intakeToken) throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(intakeToken, AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/filings", "/api/v1/filings/**")
				.authenticated()
				// only the demo maps anything here (the simulators); production has no such handler: a 404
				.requestMatchers("/simulator/**")
				.permitAll()
				// the actuator is not on this port: its paths answer 404 like any unmapped path, with the error page
				.requestMatchers("/actuator", "/actuator/**", "/error")
				.permitAll()
				.anyRequest()
				.denyAll())
			.exceptionHandling(e -> e.authenticationEntryPoint(bearerRequired()));
		return http.build();
	}

	private static AuthenticationEntryPoint bearerRequired() {
		return (request, response, ex) -> {
			response.setStatus(401);
			response.setHeader("WWW-Authenticate", "Bearer");
			response.setContentType("application/json");
			response.getWriter()
				.write("{\"errors\":[{\"field\":\"Authorization\",\"text\":\"a valid bearer token is required\"}]}");
		};
	}

}
