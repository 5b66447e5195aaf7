package cn.beianbridge.ops.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.beianbridge.filing.IntakeResult;

@Controller
@RequestMapping(OpsSecurityConfiguration.PAGES + "/rejected")
class RejectedInputsPage {

	private static final String BACK = OpsSecurityConfiguration.PAGES + "/rejected";

	private final RejectedInputOperations rejected;

	RejectedInputsPage(RejectedInputOperations rejected) {
		this.rejected = rejected;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean all, Model model) {
		model.addAttribute("inputs", rejected.list(all));
		model.addAttribute("all", all);
		return "ops/rejected";
	}

	@PostMapping("/{id}/recheck")
	String recheck(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			IntakeResult result = rejected.recheck(id, reason);
			return result.outcome() == IntakeResult.Outcome.REJECTED
					? "Rejected input " + id + " still breaks the contract: " + result.reasons().size() + " error(s)"
					: "Rejected input " + id + " taken in: filing " + result.consoleFilingId() + " " + result.state();
		});
	}

	@PostMapping("/{id}/dismiss")
	String dismiss(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			rejected.dismiss(id, reason);
			return "Rejected input " + id + " dismissed";
		});
	}

}
