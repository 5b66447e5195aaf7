package cn.beianbridge.sync.internal;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.springframework.stereotype.Component;

/**
 * HttpClient retries a 503 by itself, at once; the console's events are retried by the outbox's own
 * back-off instead, so that every attempt is counted and spaced (route {@code sync-console}).
 */
@Component("consoleSyncHttpClient")
class NoClientRetries implements HttpClientConfigurer {

	@Override
	public void configureHttpClient(HttpClientBuilder clientBuilder) {
		clientBuilder.disableAutomaticRetries();
	}

}
