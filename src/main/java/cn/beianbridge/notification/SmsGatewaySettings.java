package cn.beianbridge.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS gateway ({@code bridge.sms.*}): {@code POST {baseUrl}/sms/send}.
 *
 * @param baseUrl where the gateway is; blank: SMS notifications wait (and are retried, then parked)
 * @param signName the registered signature (签名) every message carries
 * @param token bearer token, when the gateway wants one
 */
@ConfigurationProperties("bridge.sms")
public record SmsGatewaySettings(String baseUrl, @DefaultValue("备案助手") String signName, String token,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("15s") Duration readTimeout) {

	public boolean configured() {
		return baseUrl != null && !baseUrl.isBlank();
	}

}
