package cn.beianbridge.simulator.bureau;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.transaction.support.TransactionTemplate;

import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.shared.IcpNumber;

/**
 * What the simulated bureaus hold as filed, changed by hand for tests and the demo that need the bureau to know
 * something we do not: a website another provider filed (to which the bridge then files a new access, XZJR), a
 * domain it no longer shows, or shows under another website.
 */
public class SimulatedRegister {

	// the Ispid the bridge's provider is assumed not to have: the website's access is another provider's
	private static final long NOT_OURS = 0;

	private final ProvinceCatalogue provinces;

	private final FilingRegister filings;

	private final SimulatorRegisterMapper register;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SimulatedRegister(ProvinceCatalogue provinces, FilingRegister filings, SimulatorRegisterMapper register,
			TransactionTemplate transaction, Clock clock) {
		this.provinces = provinces;
		this.filings = filings;
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
		transaction.executeWithoutResult(status -> filings.fileElsewhere(provinces.get(province), number, wzid, domains,
				NOT_OURS, clock.instant()));
	}

	/** The bureau stops showing the domain as filed. @return false when it did not show it */
	public boolean removeDomain(String domain) {
		return register.deleteDomain(domain.toLowerCase(Locale.ROOT)) == 1;
	}

	/**
	 * The bureau shows the domain filed under this website of its register (in the website's province), instead of
	 * wherever it was.
	 *
	 * @throws IllegalArgumentException when the simulator has filed no such website
	 */
	public void fileDomain(String domain, String websiteIcpNumber) {
		String number = IcpNumber.parse(websiteIcpNumber).map(IcpNumber::toString)
			.orElseThrow(() -> new IllegalArgumentException("'" + websiteIcpNumber + "' is not an ICP number"));
		transaction.executeWithoutResult(status -> {
			removeDomain(domain);
			filings.addDomain(number, domain, clock.instant());
		});
	}

}
