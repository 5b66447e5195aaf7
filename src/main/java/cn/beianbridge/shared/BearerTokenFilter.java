package cn.beianbridge.shared;

import java.io.IOException;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates a machine by a bearer token as {@code principal} with {@code ROLE_<role>}; anyone else goes on
 * anonymous, for the security chain to refuse where it must. Add it to a chain, not as a servlet filter of its own.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

	private final BearerToken token;

	private final String principal;

	private final String role;

	public BearerTokenFilter(String token, String principal, String role) {
		this.token = new BearerToken(token);
		this.principal = principal;
		this.role = role;
	}

	protected boolean hasToken() {
		return !token.isBlank();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (token.presentedIn(request.getHeader("Authorization"))) {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
						List.of(new SimpleGrantedAuthority("ROLE_" + role))));
		}
		chain.doFilter(request, response);
	}

}
