package cn.beianbridge.collection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Push intake ({@code POST /api/v1/filings}).
 *
 * @param token the bearer token pushing consoles present; empty refuses every push
 * @param maxBytes the largest body taken; larger gets 413
 */
@ConfigurationProperties("bridge.intake")
public record IntakeSettings(String token, @DefaultValue("8MB") DataSize maxBytes) {
}
