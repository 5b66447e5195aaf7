package cn.beianbridge.simulator.bureau;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets {@code /simulator/bureau/{code}/faults}, {@code /decisions}, {@code /cancellation-play} and
 * {@code /cancellations} reach {@link SimulatorAdminController}:
 * the web-services servlet is mapped to {@code /simulator/bureau/*}, so Spring MVC never sees those paths unless
 * they are forwarded to it.
 */
class SimulatorAdminForward extends OncePerRequestFilter {

	private static final Pattern ADMIN = Pattern.compile("/([0-9]{2})/(faults|decisions|cancellation-play|cancellations|cancellations/unknown)/?");

	private final String servletPath;

	/** @param servletPath the web-services servlet's path, e.g. {@code /simulator/bureau} */
	SimulatorAdminForward(String servletPath) {
		this.servletPath = servletPath.endsWith("/") ? servletPath.substring(0, servletPath.length() - 1) : servletPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher admin = path.startsWith(servletPath) ? ADMIN.matcher(path.substring(servletPath.length())) : null;
		if (admin != null && admin.matches()) {
			request.getRequestDispatcher(SimulatorAdminController.PATH + "/" + admin.group(1) + "/" + admin.group(2))
				.forward(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

}
