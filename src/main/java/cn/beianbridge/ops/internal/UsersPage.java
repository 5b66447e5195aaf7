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
@RequestMapping(OpsSecurityConfiguration.PAGES + "/users")
class UsersPage {

	private static final String BACK = OpsSecurityConfiguration.PAGES + "/users";

	private final UserOperations users;

	UsersPage(UserOperations users) {
		this.users = users;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", users.users());
		model.addAttribute("tokens", users.tokens());
		return "ops/users";
	}

	@PostMapping
	String create(@RequestParam(required = false) String username, @RequestParam(required = false) String role,
			@RequestParam(required = false) String password, RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			users.create(username, role, password);
			return "User " + username + " created";
		});
	}

	@PostMapping("/{username}/enable")
	String enable(@PathVariable String username, RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			users.setEnabled(username, true);
			return "User " + username + " enabled";
		});
	}

	@PostMapping("/{username}/disable")
	String disable(@PathVariable String username, RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			users.setEnabled(username, false);
			return "User " + username + " disabled";
		});
	}

	@PostMapping("/{username}/password")
	String password(@PathVariable String username, @RequestParam(required = false) String password,
			RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			users.resetPassword(username, password);
			return "Password of " + username + " set";
		});
	}

	@PostMapping("/{username}/tokens")
	String issueToken(@PathVariable String username, @RequestParam(required = false) String label,
			RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> "Token for " + username + " (copy it now, it is not shown again): "
				+ users.issueToken(username, label));
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			users.revokeToken(id);
			return "Token " + id + " revoked";
		});
	}

}
