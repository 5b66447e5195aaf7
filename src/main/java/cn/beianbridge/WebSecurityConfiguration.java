package cn.beianbridge;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import cn.beianbridge.collection.IntakeTokenFilter;

/** Machines call the API with bearer tokens; health and metrics are open to the monitoring network. */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	/** The token filter runs inside the security chain only, not a second time as a plain servlet filter. */
	@Bean
	FilterRegistrationBean<IntakeTokenFilter> intakeTokenFilterRegistration(IntakeTokenFilter filter) {
		FilterRegistrationBean<IntakeTokenFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/** No people log in yet (machines use tokens): no generated password either. */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, IntakeTokenFilter intakeToken) throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(intakeToken, AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/filings", "/api/v1/filings/**")
				.authenticated()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				.requestMatchers("/simulator/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
				response.setStatus(401);
				response.setHeader("WWW-Authenticate", "Bearer");
				response.setContentType("application/json");
				response.getWriter()
					.write("{\"errors\":[{\"field\":\"Authorization\",\"text\":\"a valid bearer token is required\"}]}");
			}));
		return http.build();
	}

}
