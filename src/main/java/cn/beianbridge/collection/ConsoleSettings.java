package cn.beianbridge.collection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The console we pull photo-approved filings from.
 *
 * @param baseUrl e.g. {@code https://console.example.cn}; the API is under {@code /api/v1}
 * @param token bearer token for the console's API
 * @param pageSize the {@code limit} asked per page
 * @param maxPagesPerRun a run stops after this many pages and goes on at the next firing
 * @param maxPageSize a page larger than this is refused unread past it (the run stops, the cursor stays): fifty
 * filings with their ID-card scans are a few MB
 */
@ConfigurationProperties("bridge.console")
public record ConsoleSettings(String baseUrl, String token, @DefaultValue("50") int pageSize,
		@DefaultValue("200") int maxPagesPerRun, @DefaultValue("64MB") DataSize maxPageSize) {

	@ConstructorBinding
	public ConsoleSettings {
		if (pageSize < 1) {
			throw new IllegalArgumentException("bridge.console.page-size must be at least 1, was " + pageSize);
		}
		if (maxPageSize == null || maxPageSize.toBytes() < 1) {
			throw new IllegalArgumentException("bridge.console.max-page-size must be positive, was " + maxPageSize);
		}
	}

	/** The default page size cap. */
	public ConsoleSettings(String baseUrl, String token, int pageSize, int maxPagesPerRun) {
		this(baseUrl, token, pageSize, maxPagesPerRun, DataSize.ofMegabytes(64));
	}

}
