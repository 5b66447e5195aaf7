package cn.beianbridge.province;

/**
 * How to reach a province's bureau system ({@code bridge.provinces.<code>.gateway.*}). The account and the AES
 * key and IV are issued by each bureau; they come from the environment and are empty when not given.
 */
public record ProvinceGateway(String endpoint, String namespace, String ispId, String userName, String password,
		String aesKey, String aesIv) {

	public ProvinceGateway {
		ispId = orEmpty(ispId);
		userName = orEmpty(userName);
		password = orEmpty(password);
		aesKey = orEmpty(aesKey);
		aesIv = orEmpty(aesIv);
	}

	/** The bureau encrypts uploads only when it issued a key and an IV. */
	public boolean encrypts() {
		return !aesKey.isEmpty() && !aesIv.isEmpty();
	}

	/** Keeps the secrets out of logs and error messages. */
	@Override
	public String toString() {
		return "ProvinceGateway[endpoint=" + endpoint + ", namespace=" + namespace + ", ispId=" + ispId
				+ ", userName=" + userName + ", password=" + masked(password) + ", aesKey=" + masked(aesKey)
				+ ", aesIv=" + masked(aesIv) + "]";
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	private static String masked(String secret) {
		return secret.isEmpty() ? "" : "******";
	}

}
