package cn.beianbridge.simulator.bureau;

import java.util.Optional;

import cn.beianbridge.bureau.BureauCredentials;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.province.ProvinceGateway;

/**
 * The check every call starts with: the caller must be the provider this province's bureau issued an account to
 * (the gateway settings; in the demo they are empty, and empty is then the account).
 */
final class ProviderAuthentication {

	private ProviderAuthentication() {
	}

	/** The refusal for this call, or empty when the caller is the province's provider. */
	static Optional<BureauReturn> refusal(ProvinceGateway account, ReceivedCall call) {
		int hashAlgorithm = call.code("hashAlgorithm");
		String ispId = call.text("ispId");
		String userName = call.text("userName");
		String randVal = call.text("randVal");
		String pwdHash = call.text("pwdHash");
		if (hashAlgorithm != PackedPayload.MD5) {
			return refuse(10, "hashAlgorithm %d is not 0 (MD5)".formatted(hashAlgorithm));
		}
		if (randVal.length() < BureauCredentials.RAND_VAL_LENGTH) {
			return refuse(16, "randVal has %d characters; %d are required".formatted(randVal.length(),
					BureauCredentials.RAND_VAL_LENGTH));
		}
		if (!ispId.equals(account.ispId())) {
			return refuse(13, "ispId '%s' is not a provider of this province".formatted(ispId));
		}
		if (!userName.equals(account.userName())) {
			return refuse(4, "user name '%s' is wrong".formatted(userName));
		}
		if (!BureauCredentials.pwdHashMatches(account.password(), randVal, pwdHash)) {
			return refuse(5, "pwdHash does not match the password");
		}
		return Optional.empty();
	}

	private static Optional<BureauReturn> refuse(int msgCode, String msg) {
		return Optional.of(BureauReturn.of(msgCode, msg));
	}

}
