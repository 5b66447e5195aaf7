package cn.beianbridge.ops.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * OIDC sign-in is an option, configured by Boot's usual properties: the login page offers the provider, the sign-in
 * starts at the provider with the console's redirect address, and the console's own users decide who enters in
 * which role.
 */
@SpringBootTest(properties = {
		"spring.security.oauth2.client.registration.corp.client-id=beian-bridge",
		"spring.security.oauth2.client.registration.corp.client-secret=secret",
		"spring.security.oauth2.client.registration.corp.client-name=Corp SSO",
		"spring.security.oauth2.client.registration.corp.scope=openid,profile",
		"spring.security.oauth2.client.registration.corp.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.corp.redirect-uri={baseUrl}/ops/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.provider.corp.authorization-uri=https://sso.example.test/authorize",
		"spring.security.oauth2.client.provider.corp.token-uri=https://sso.example.test/token",
		"spring.security.oauth2.client.provider.corp.jwk-set-uri=https://sso.example.test/jwks",
		"spring.security.oauth2.client.provider.corp.user-name-attribute=sub" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OidcSignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OpsUsers users;

	@Autowired
	ClientRegistrationRepository registrations;

	@Test
	void theLoginPageOffersTheProviderAndTheSignInStartsThereWithTheConsolesRedirect() throws Exception {
		String page = mvc.perform(get("/ops/login")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Sign in with Corp SSO").contains("/ops/oauth2/authorization/corp");

		MockHttpServletResponse start = mvc.perform(get("/ops/oauth2/authorization/corp")).andReturn().getResponse();
		assertThat(start.getStatus()).isEqualTo(302);
		assertThat(start.getRedirectedUrl()).startsWith("https://sso.example.test/authorize?")
			.contains("client_id=beian-bridge")
			.contains("redirect_uri=http://localhost/ops/login/oauth2/code/corp");
	}

	@Test
	void aPersonTheConsoleKnowsEntersWithTheirConsoleRole() {
		OidcUser signedIn = new ConsoleOidcUsers(request -> person("operator"), users, "preferred_username")
			.loadUser(request());

		assertThat(signedIn.getName()).isEqualTo("operator");
		assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OPERATOR");
	}

	@Test
	void aPersonTheConsoleDoesNotKnowIsRefused() {
		ConsoleOidcUsers service = new ConsoleOidcUsers(request -> person("stranger"), users, "preferred_username");

		assertThatThrownBy(() -> service.loadUser(request())).isInstanceOf(OAuth2AuthenticationException.class)
			.hasMessageContaining("not a user of the console: stranger");
	}

	private OidcUserRequest request() {
		return new OidcUserRequest(registrations.findByRegistrationId("corp"),
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "at", Instant.now(),
						Instant.now().plusSeconds(60)),
				idToken("someone"));
	}

	private static OidcUser person(String username) {
		return new DefaultOidcUser(List.of(), idToken(username), "sub");
	}

	private static OidcIdToken idToken(String username) {
		return new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("sub", "subject-" + username, "preferred_username", username, "iss", "https://sso.example.test"));
	}

}
