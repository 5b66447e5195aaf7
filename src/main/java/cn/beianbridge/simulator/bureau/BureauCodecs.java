package cn.beianbridge.simulator.bureau;

import cn.beianbridge.bureau.BureauKey;
import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.bureau.PayloadCodec;
import cn.beianbridge.province.ProvinceGateway;

/** The payload codec of one simulated bureau: AES with its key and IV when it has them, plaintext otherwise. */
final class BureauCodecs {

	private BureauCodecs() {
	}

	static PayloadCodec of(ProvinceGateway gateway) {
		return gateway.encrypts() ? PayloadCodec.aes(BureauKey.fromText(gateway.aesKey(), gateway.aesIv()))
				: PayloadCodec.plaintext();
	}

	/** The encryptAlgorithm this bureau expects: 1 when it encrypts, 0 otherwise. */
	static int encryptAlgorithm(ProvinceGateway gateway) {
		return gateway.encrypts() ? PackedPayload.AES_CBC : PackedPayload.PLAINTEXT;
	}

}
