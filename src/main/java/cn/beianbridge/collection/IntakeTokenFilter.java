package cn.beianbridge.collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.shared.BearerTokenFilter;

import jakarta.servlet.http.HttpServletRequest;

/** Authenticates a pushing console by the bearer token {@code bridge.intake.token}. */
@Component
public class IntakeTokenFilter extends BearerTokenFilter {

	private static final Logger log = LoggerFactory.getLogger(IntakeTokenFilter.class);

	IntakeTokenFilter(IntakeSettings settings) {
		super(settings.token(), "console", "CONSOLE");
		if (!hasToken()) {
			log.warn("bridge.intake.token is empty: every push to /api/v1/filings will be refused with 401");
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

}
