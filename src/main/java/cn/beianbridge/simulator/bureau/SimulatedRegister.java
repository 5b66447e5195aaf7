package cn.beianbridge.simulator.bureau;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import cn.beianbridge.shared.IcpNumber;

/**
 * What the simulated bureaus hold as filed, changed by hand: for tests and the demo that need the bureau to know
 * something we do not (a domain it no longer shows, or shows under another website).
 */
public class SimulatedRegister {

	private final SimulatorRegisterMapper register;

	private final Clock clock;

	SimulatedRegister(SimulatorRegisterMapper register, Clock clock) {
		this.register = register;
		this.clock = clock;
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
		SimulatorRows.FiledWebsiteRow website = register.findWebsite(number);
		if (website == null) {
			throw new IllegalArgumentException("The simulated bureaus have filed no website " + number);
		}
		removeDomain(domain);
		register.insertDomains(number, website.province(), List.of(domain.toLowerCase(Locale.ROOT)), clock.instant());
	}

}
