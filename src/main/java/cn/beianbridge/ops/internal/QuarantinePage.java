package cn.beianbridge.ops.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping(OpsSecurityConfiguration.PAGES + "/quarantine")
class QuarantinePage {

	private static final String BACK = OpsSecurityConfiguration.PAGES + "/quarantine";

	private final QuarantineOperations quarantine;

	QuarantinePage(QuarantineOperations quarantine) {
		this.quarantine = quarantine;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean all, Model model) {
		model.addAttribute("items", quarantine.list(all));
		model.addAttribute("all", all);
		return "ops/quarantine";
	}

	@PostMapping("/{id}/attach")
	String attach(@PathVariable long id, @RequestParam(required = false) Long filingId,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK,
				() -> "Quarantined result " + id + " applied: " + quarantine.attach(id, filingId, reason));
	}

	@PostMapping("/{id}/dismiss")
	String dismiss(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			quarantine.dismiss(id, reason);
			return "Quarantined item " + id + " dismissed";
		});
	}

}
