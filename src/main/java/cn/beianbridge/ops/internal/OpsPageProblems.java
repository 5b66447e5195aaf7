package cn.beianbridge.ops.internal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page whose request cannot be served (a wrong filter, an unknown id) says why, with the status; the API's
 * controllers have their own advice (ProblemDetail), which comes first.
 */
@ControllerAdvice(annotations = Controller.class, basePackageClasses = OpsPageProblems.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class OpsPageProblems {

	@ExceptionHandler(OpsProblem.class)
	String problem(OpsProblem problem, Model model, HttpServletResponse response) {
		response.setStatus(problem.status().value());
		model.addAttribute("status", problem.status().value());
		model.addAttribute("problem", problem.getMessage());
		return "ops/problem";
	}

}
