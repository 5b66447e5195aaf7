package cn.beianbridge.ops.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Every mutating call of the console's API carries an {@code Idempotency-Key}. The first answer to a key (per
 * caller) is kept; the same key again gets that answer back ({@code Idempotent-Replayed: true}) and changes nothing.
 * A key still being answered is a 409 (given up after five minutes: its process died), a key reused for another request a 422; a 5xx answer is not kept, so the
 * call may be retried with the same key. Runs after authorisation: a refused call keeps nothing. An answer that
 * carries a secret (a new API token) is marked {@link #SECRET_ANSWER} by its controller: only its status is kept, and
 * a repeat is told the secret was shown once.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	/** A request attribute a controller sets (to anything) when its answer must not be stored. */
	static final String SECRET_ANSWER = IdempotencyFilter.class.getName() + ".secret";

	/** Longer than any call of the console takes (a bulk run is started, not waited for). */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

	private static final String SECRET = "(secret: not kept)";

	private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final IdempotencyMapper mapper;

	private final Clock clock;

	IdempotencyFilter(IdempotencyMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !MUTATING.contains(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		String key = request.getHeader(HEADER);
		if (key == null || key.isBlank() || key.length() > 128) {
			ProblemResponses.write(response, HttpStatus.BAD_REQUEST, HEADER,
					HEADER + ": every change needs a key of 1 to 128 characters, the same on a retry");
			return;
		}
		String actor = who.getName();
		String call = request.getMethod() + " " + request.getRequestURI()
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		if (call.length() > 300) {
			call = call.substring(0, 300);
		}
		if (!claim(actor, key, call)) {
			replay(mapper.find(actor, key), call, response);
			return;
		}
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(request, answer);
			if (answer.getStatus() < 500) {
				boolean secret = request.getAttribute(SECRET_ANSWER) != null;
				mapper.answer(actor, key, answer.getStatus(), secret ? null : answer.getContentType(),
						secret ? SECRET : new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
				kept = true;
			}
		}
		finally {
			if (!kept) {
				mapper.release(actor, key);
			}
			answer.copyBodyToResponse();
		}
	}

	/**
	 * Claims the key; a claim whose call never answered (its process died mid-call) is given up after
	 * {@link #ABANDONED_AFTER}, so the key can be used again.
	 */
	private boolean claim(String actor, String key, String call) {
		if (mapper.claim(actor, key, call, clock.instant()) == 1) {
			return true;
		}
		return mapper.releaseAbandoned(actor, key, clock.instant().minus(ABANDONED_AFTER)) == 1
				&& mapper.claim(actor, key, call, clock.instant()) == 1;
	}

	private static void replay(IdempotencyMapper.Stored stored, String call, HttpServletResponse response)
			throws IOException {
		if (stored == null || stored.status() == null) {
			ProblemResponses.write(response, HttpStatus.CONFLICT, HEADER,
					HEADER + ": a call with this key is still being answered; retry later with the same key");
			return;
		}
		if (!stored.request().equals(call)) {
			ProblemResponses.write(response, HttpStatus.UNPROCESSABLE_CONTENT, HEADER,
					HEADER + ": this key was used for another call (" + stored.request() + "); use a new key");
			return;
		}
		if (SECRET.equals(stored.body())) {
			ProblemResponses.write(response, HttpStatus.CONFLICT, HEADER, HEADER
					+ ": this call was done and its answer held a secret, shown once; it is not repeated (revoke and "
					+ "issue a new token if it was lost)");
			return;
		}
		response.setStatus(stored.status());
		response.setHeader("Idempotent-Replayed", "true");
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.body() != null) {
			response.getOutputStream().write(stored.body().getBytes(StandardCharsets.UTF_8));
		}
	}

}
