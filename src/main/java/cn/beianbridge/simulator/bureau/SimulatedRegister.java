package cn.beianbridge.simulator.bureau;

import java.time.Clock;
import java.util.List;

import org.springframework.transaction.support.TransactionTemplate;

import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.shared.IcpNumber;

/**
 * What the simulated bureaus hold as filed beyond what the bridge filed, for tests and the demo: a website another
 * provider filed, to which the bridge then files a new access (XZJR).
 */
public class SimulatedRegister {

	// the Ispid the bridge's provider is assumed not to have: the website's access is another provider's
	private static final long NOT_OURS = 0;

	private final ProvinceCatalogue provinces;

	private final FilingRegister register;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SimulatedRegister(ProvinceCatalogue provinces, FilingRegister register, TransactionTemplate transaction,
			Clock clock) {
		this.provinces = provinces;
		this.register = register;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Files a website through another provider (its entity too, if new), with its domains, one access of that
	 * provider and a range of its own.
	 *
	 * @throws IllegalArgumentException naming the number when it is not a website's ICP number
	 */
	public void websiteFiledElsewhere(String province, String websiteIcpNumber, long wzid, List<String> domains) {
		IcpNumber number = IcpNumber.parse(websiteIcpNumber)
			.filter(IcpNumber::isWebsiteNumber)
			.orElseThrow(() -> new IllegalArgumentException("'%s' is not a website's ICP number".formatted(websiteIcpNumber)));
		transaction.executeWithoutResult(status -> register.fileElsewhere(provinces.get(province), number, wzid, domains,
				NOT_OURS, clock.instant()));
	}

}
