package cn.beianbridge.ops.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the first page after it. */
@Controller
class ConsolePages {

	private final ProvinceOperations provinces;

	ConsolePages(ProvinceOperations provinces) {
		this.provinces = provinces;
	}

	@GetMapping(OpsSecurityConfiguration.PAGES + "/login")
	String login() {
		return "ops/login";
	}

	@GetMapping(OpsSecurityConfiguration.PAGES)
	String overview(Model model) {
		model.addAttribute("provinces", provinces.provinces());
		return "ops/overview";
	}

}
