package cn.beianbridge.ops.internal;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Sign-in through the company's OIDC provider, when one is configured: the provider says who the person is (the
 * claim {@code bridge.ops.oidc-username-claim}), the console's own {@code ops_user} says whether they may enter and
 * in which role. Someone the provider knows but the console does not is refused.
 */
class ConsoleOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OAuth2UserService<OidcUserRequest, OidcUser> provider;

	private final OpsUsers users;

	private final String usernameClaim;

	ConsoleOidcUsers(OpsUsers users, String usernameClaim) {
		this(new OidcUserService(), users, usernameClaim);
	}

	ConsoleOidcUsers(OAuth2UserService<OidcUserRequest, OidcUser> provider, OpsUsers users, String usernameClaim) {
		this.provider = provider;
		this.users = users;
		this.usernameClaim = usernameClaim;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser person = provider.loadUser(request);
		String username = person.getClaimAsString(usernameClaim);
		OpsUserMapper.OpsUserRow user = username == null ? null : users.find(username);
		if (user == null || !user.enabled()) {
			throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
					"not a user of the console: " + username + " (an ADMIN adds users under Users)", null));
		}
		return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(user.role().authority())), person.getIdToken(),
				person.getUserInfo(), usernameClaim);
	}

}
