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
@RequestMapping(OpsSecurityConfiguration.PAGES + "/provinces")
class ProvincesPage {

	private static final String BACK = OpsSecurityConfiguration.PAGES + "/provinces";

	private final ProvinceOperations provinces;

	ProvincesPage(ProvinceOperations provinces) {
		this.provinces = provinces;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("provinces", provinces.provinces());
		return "ops/provinces";
	}

	@PostMapping("/{code}/lift-block")
	String liftBlock(@PathVariable String code, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> "Province " + code + ": block lifted, "
				+ provinces.liftBlock(code, reason) + " file(s) go with the next submit run");
	}

	@PostMapping("/{code}/pause")
	String pause(@PathVariable String code, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			provinces.pause(code, reason);
			return "Province " + code + " paused";
		});
	}

	@PostMapping("/{code}/resume")
	String resume(@PathVariable String code, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			provinces.resume(code, reason);
			return "Province " + code + " resumed";
		});
	}

}
