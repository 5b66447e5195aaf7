package cn.beianbridge.ops.internal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The console API's errors as ProblemDetail (RFC 9457), naming the field where one is at fault. */
@RestControllerAdvice(annotations = RestController.class, basePackageClasses = OpsApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OpsApiProblems {

	@ExceptionHandler(OpsProblem.class)
	ProblemDetail problem(OpsProblem problem) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
		if (problem.field() != null) {
			detail.setProperty("field", problem.field());
		}
		return detail;
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missing(MissingServletRequestParameterException missing) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				missing.getParameterName() + ": required");
		detail.setProperty("field", missing.getParameterName());
		return detail;
	}

}
