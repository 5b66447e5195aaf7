package cn.beianbridge.ops.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the overview after it; the overview's figures are polled as a fragment. */
@Controller
class ConsolePages {

	private final ConsoleOverview overview;

	private final ObjectProvider<ClientRegistrationRepository> oidcProviders;

	ConsolePages(ConsoleOverview overview, ObjectProvider<ClientRegistrationRepository> oidcProviders) {
		this.overview = overview;
		this.oidcProviders = oidcProviders;
	}

	/** The sign-in form, and a "sign in with ..." link per configured OIDC provider. */
	@GetMapping(OpsSecurityConfiguration.PAGES + "/login")
	String login(Model model, HttpSession session) {
		Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		if (failure instanceof OAuth2AuthenticationException oidc) {
			model.addAttribute("oidcRefused", oidc.getError().getDescription());
		}
		List<Map<String, String>> providers = new ArrayList<>();
		if (oidcProviders.getIfAvailable() instanceof Iterable<?> registrations) {
			for (Object registration : registrations) {
				ClientRegistration client = (ClientRegistration) registration;
				providers.add(Map.of("name", client.getClientName(), "href",
						OpsSecurityConfiguration.OIDC_AUTHORIZATION + "/" + client.getRegistrationId()));
			}
		}
		model.addAttribute("oidcProviders", providers);
		return "ops/login";
	}

	@GetMapping(OpsSecurityConfiguration.PAGES)
	String overview(Model model) {
		model.addAttribute("overview", overview.overview());
		return "ops/overview";
	}

	@GetMapping(OpsSecurityConfiguration.PAGES + "/overview/live")
	String live(Model model) {
		model.addAttribute("overview", overview.overview());
		return "ops/overview :: live";
	}

}
