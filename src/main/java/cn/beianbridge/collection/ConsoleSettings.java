package cn.beianbridge.collection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console we pull photo-approved filings from.
 *
 * @param baseUrl e.g. {@code https://console.example.cn}; the API is under {@code /api/v1}
 * @param token bearer token for the console's API
 * @param pageSize the {@code limit} asked per page
 * @param maxPagesPerRun a run stops after this many pages and goes on at the next firing
 */
@ConfigurationProperties("bridge.console")
public record ConsoleSettings(String baseUrl, String token, @DefaultValue("50") int pageSize,
		@DefaultValue("200") int maxPagesPerRun) {
}
