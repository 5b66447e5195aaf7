package cn.beianbridge.ops.internal;

import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page's form posts the action and is redirected back (post/redirect/get): the outcome, or why nothing was done,
 * is shown once above the page.
 */
final class PageActions {

	static final String DONE = "done";

	static final String REFUSED = "refused";

	private PageActions() {
	}

	/** Runs the action; the outcome it returns, or its refusal, is the message after the redirect. */
	static String run(RedirectAttributes flash, String redirect, Supplier<String> action) {
		try {
			flash.addFlashAttribute(DONE, action.get());
		}
		catch (OpsProblem problem) {
			flash.addFlashAttribute(REFUSED, problem.getMessage());
		}
		return "redirect:" + redirect;
	}

}
