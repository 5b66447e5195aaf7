package cn.beianbridge.bureau.internal;

import cn.beianbridge.bureau.BureauCredentials;
import cn.beianbridge.bureau.BureauCredentials.CallAuthentication;
import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.province.ProvinceGateway;

/**
 * The provider's account at one bureau. Without one configured (the demo, where the in-process simulator takes
 * empty credentials) calls still carry a fresh randVal and the pwdHash of the empty password: a real bureau
 * answers them with msg_code 4 or 5, which asks for an operator.
 */
final class BureauAccount {

	private final BureauCredentials credentials;

	private final String ispId;

	private final String userName;

	BureauAccount(ProvinceGateway gateway) {
		this.ispId = gateway.ispId();
		this.userName = gateway.userName();
		boolean complete = !gateway.ispId().isBlank() && !gateway.userName().isBlank()
				&& !gateway.password().isBlank();
		this.credentials = complete ? new BureauCredentials(ispId, userName, gateway.password()) : null;
	}

	boolean configured() {
		return credentials != null;
	}

	/** Fresh for every call: a new randVal and its pwdHash. */
	CallAuthentication authenticate() {
		if (credentials != null) {
			return credentials.authenticate();
		}
		String randVal = BureauCredentials.newRandVal();
		return new CallAuthentication(ispId, userName, randVal, BureauCredentials.pwdHash("", randVal), PackedPayload.MD5);
	}

	@Override
	public String toString() {
		return "BureauAccount[ispId=" + ispId + ", userName=" + userName + ", password=" + (configured() ? "***" : "")
				+ "]";
	}

}
