package cn.beianbridge.bureau.internal;

import java.net.http.HttpClient;
import java.util.Collection;
import java.util.List;

import org.springframework.ws.client.core.WebServiceTemplate;
import org.springframework.ws.soap.SoapVersion;
import org.springframework.ws.soap.saaj.SaajSoapMessageFactory;
import org.springframework.ws.transport.http.JdkHttpClientMessageSender;

import cn.beianbridge.bureau.BureauKey;
import cn.beianbridge.bureau.PayloadCodec;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceGateway;

/** Builds the SOAP clients from the province catalogue: one shared HTTP client, one bureau client each. */
public final class SoapClients {

	private SoapClients() {
	}

	public static List<SoapBureauClient> forProvinces(Collection<Province> provinces, BureauSettings settings) {
		Wire wire = new Wire(settings);
		return provinces.stream().map(province -> forGateway(province.code(), province.gateway(), wire, settings)).toList();
	}

	public static SoapBureauClient forGateway(String province, ProvinceGateway gateway, BureauSettings settings) {
		return forGateway(province, gateway, new Wire(settings), settings);
	}

	private static SoapBureauClient forGateway(String province, ProvinceGateway gateway, Wire wire,
			BureauSettings settings) {
		return new SoapBureauClient(province, gateway.endpoint(), gateway.namespace(), new BureauAccount(gateway),
				payloadCodec(province, gateway).withMaxUnzippedBytes(settings.maxUnzippedSize().toBytes()), wire.template,
				wire.uploads);
	}

	/** One HTTP client for every bureau: the template's calls and the streamed uploads. */
	private static final class Wire {

		private final WebServiceTemplate template;

		private final StreamedUpload uploads;

		Wire(BureauSettings settings) {
			HttpClient http = http(settings);
			CappedReplies replies = replies(settings);
			this.template = template(settings, http, replies);
			this.uploads = new StreamedUpload(http, settings.readTimeout(), replies);
		}

	}

	/**
	 * SOAP 1.1 over the JDK's HTTP client, HTTP/1.1 only (no h2c upgrade a bureau's server might trip over);
	 * the connect timeout is the client's, the read timeout each request's. A reply is read up to
	 * {@code bridge.bureau.max-reply-size}, as it is decoded (after any gzip), and refused past it.
	 */
	static WebServiceTemplate template(BureauSettings settings, HttpClient http, CappedReplies replies) {
		JdkHttpClientMessageSender sender = new JdkHttpClientMessageSender(http);
		sender.setRequestTimeout(settings.readTimeout());
		WebServiceTemplate template = new WebServiceTemplate(replies);
		template.setMessageSender(sender);
		return template;
	}

	static HttpClient http(BureauSettings settings) {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	static CappedReplies replies(BureauSettings settings) {
		SaajSoapMessageFactory messages = new SaajSoapMessageFactory();
		messages.setSoapVersion(SoapVersion.SOAP_11);
		messages.afterPropertiesSet();
		return new CappedReplies(messages, settings.maxReplySize().toBytes());
	}

	/** AES only when the bureau issued both a key and an IV; one without the other is a configuration mistake. */
	static PayloadCodec payloadCodec(String province, ProvinceGateway gateway) {
		String where = "bridge.provinces." + province + ".gateway.";
		if (gateway.aesKey().isBlank() && gateway.aesIv().isBlank()) {
			return PayloadCodec.plaintext();
		}
		if (gateway.aesKey().isBlank() || gateway.aesIv().isBlank()) {
			throw new IllegalStateException(where + (gateway.aesKey().isBlank() ? "aes-key" : "aes-iv")
					+ " is empty while " + where + (gateway.aesKey().isBlank() ? "aes-iv" : "aes-key")
					+ " is set: the bureau issues both or neither");
		}
		try {
			return PayloadCodec.aes(BureauKey.fromText(gateway.aesKey(), gateway.aesIv()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(where + "aes-key/aes-iv: " + ex.getMessage(), ex);
		}
	}

}
