package cn.beianbridge.download;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the download treats results that come out of order ({@code bridge.download.*}).
 *
 * @param numbersWait how long an approval (BAJG 1001) may wait for its ICP numbers (BASJ) before the bridge asks the
 * bureau for them ({@code isp_querybeianstatus}, by each website's domain) and tells the operators; it asks again
 * after the same time while they are still missing. A day: a bureau that sends its decision first sends the numbers
 * with its next export, and a day covers a daily cycle without asking every few minutes.
 */
@ConfigurationProperties("bridge.download")
public record DownloadSettings(@DefaultValue("24h") Duration numbersWait) {

	public DownloadSettings {
		if (numbersWait == null || numbersWait.isNegative() || numbersWait.isZero()) {
			throw new IllegalArgumentException("bridge.download.numbers-wait must be positive, was " + numbersWait);
		}
	}

}
