package cn.beianbridge.ops.internal;

import org.springframework.http.HttpStatus;

/**
 * Why a console action was not done; nothing changed and nothing was audited. The API answers it as a
 * ProblemDetail with its status, the pages as a message beside the form.
 */
class OpsProblem extends RuntimeException {

	private final HttpStatus status;

	private final String field;

	private OpsProblem(HttpStatus status, String field, String message) {
		super(message);
		this.status = status;
		this.field = field;
	}

	/** The input is wrong: names the field. */
	static OpsProblem badInput(String field, String message) {
		return new OpsProblem(HttpStatus.BAD_REQUEST, field, field + ": " + message);
	}

	/** The target does not exist. */
	static OpsProblem notFound(String message) {
		return new OpsProblem(HttpStatus.NOT_FOUND, null, message);
	}

	/** The target's state does not allow the action now. */
	static OpsProblem refused(String message) {
		return new OpsProblem(HttpStatus.CONFLICT, null, message);
	}

	HttpStatus status() {
		return status;
	}

	String field() {
		return field;
	}

	/** A person's reason for a change: required, at most 500 characters. */
	static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw badInput("reason", "a reason is required");
		}
		if (reason.length() > 500) {
			throw badInput("reason", "at most 500 characters");
		}
		return reason.strip();
	}

}
