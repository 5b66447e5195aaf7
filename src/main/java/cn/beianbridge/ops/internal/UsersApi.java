package cn.beianbridge.ops.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(OpsSecurityConfiguration.API + "/users")
@Tag(name = "Users", description = "The console's people and the API's tokens (ADMIN)")
class UsersApi {

	private final UserOperations users;

	UsersApi(UserOperations users) {
		this.users = users;
	}

	@GetMapping
	List<Map<String, Object>> list() {
		return users.users()
			.stream()
			.map(user -> Map.<String, Object>of("username", user.username(), "role", user.role(), "enabled",
					user.enabled()))
			.toList();
	}

	@PostMapping
	@Operation(summary = "Create a user (password at least 12 characters)")
	Map<String, Object> create(@RequestBody NewUser body) {
		users.create(body.username(), body.role(), body.password());
		return Map.of("username", body.username(), "role", body.role());
	}

	@PostMapping("/{username}/enabled")
	Map<String, Object> enabled(@PathVariable String username, @RequestBody Enabled body) {
		users.setEnabled(username, body.enabled());
		return Map.of("username", username, "enabled", body.enabled());
	}

	@PostMapping("/{username}/tokens")
	@Operation(summary = "Issue a bearer token for the user; the answer is the only time it is shown")
	Map<String, Object> issueToken(@PathVariable String username, @RequestBody Labelled body,
			HttpServletRequest request) {
		request.setAttribute(IdempotencyFilter.SECRET_ANSWER, true);
		return Map.of("username", username, "token", users.issueToken(username, body.label()));
	}

	@PostMapping("/tokens/{id}/revoke")
	Map<String, Object> revoke(@PathVariable long id) {
		users.revokeToken(id);
		return Map.of("token", id, "revoked", true);
	}

	record NewUser(String username, String role, String password) {
	}

	record Enabled(Boolean enabled) {
	}

	record Labelled(String label) {
	}

}
