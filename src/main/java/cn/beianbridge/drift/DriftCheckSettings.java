package cn.beianbridge.drift;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The drift check ({@code bridge.drift-check}, jobs/drift-check.yml).
 *
 * @param dailyCap domains asked about per province and China day at most: the bureau's status service is shared with
 * the uploads and downloads, so a province with 100,000 filed domains is checked over ten nights, not in one
 * @param pageSize domains read from our tables at a time
 */
@ConfigurationProperties("bridge.drift-check")
public record DriftCheckSettings(@DefaultValue("10000") int dailyCap, @DefaultValue("500") int pageSize) {

	public DriftCheckSettings {
		if (dailyCap < 1) {
			throw new IllegalArgumentException("bridge.drift-check.daily-cap must be at least 1, was " + dailyCap);
		}
		if (pageSize < 1) {
			throw new IllegalArgumentException("bridge.drift-check.page-size must be at least 1, was " + pageSize);
		}
	}

}
