package cn.beianbridge.ops.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A caller of the console's API presenting {@code Authorization: Bearer <token>} acts as the token's user, with the
 * user's role; an unknown or revoked token leaves it anonymous, for the chain to answer 401.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final OpsUsers users;

	ApiTokenFilter(OpsUsers users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			OpsUserMapper.OpsUserRow user = users.byToken(header.substring(BEARER.length()).strip());
			if (user != null) {
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
							List.of(new SimpleGrantedAuthority(user.role().authority()))));
			}
		}
		chain.doFilter(request, response);
	}

}
