package cn.beianbridge.collection;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.beianbridge.shared.BearerToken;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Authenticates a pushing console by the bearer token {@code bridge.intake.token}. */
@Component
public class IntakeTokenFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(IntakeTokenFilter.class);

	private final BearerToken expected;

	IntakeTokenFilter(IntakeSettings settings) {
		this.expected = new BearerToken(settings.token());
		if (expected.isBlank()) {
			log.warn("bridge.intake.token is empty: every push to /api/v1/filings will be refused with 401");
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (expected.presentedIn(request.getHeader("Authorization"))) {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("console", null,
						List.of(new SimpleGrantedAuthority("ROLE_CONSOLE"))));
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

}
