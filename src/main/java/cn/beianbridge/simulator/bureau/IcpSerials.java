package cn.beianbridge.simulator.bureau;

import cn.beianbridge.province.Province;
import cn.beianbridge.shared.IcpNumber;
import cn.beianbridge.shared.IcpNumber.LicenceKind;

/**
 * Issues entity ICP numbers the way a bureau does: the province's abbreviation, {@code ICP备}, a 10-digit serial
 * (the year and a 6-digit counter of that year) and {@code 号}, e.g. {@code 浙ICP备2026000001号}.
 * Call within a transaction: the counter row stays locked until it ends.
 */
class IcpSerials {

	private static final int LAST_OF_YEAR = 999_999;

	private final SimulatorRegisterMapper register;

	IcpSerials(SimulatorRegisterMapper register) {
		this.register = register;
	}

	IcpNumber next(Province province, int year) {
		Integer last = register.lockSerial(province.code(), year);
		int serial = last == null ? 1 : last + 1;
		if (serial > LAST_OF_YEAR) {
			throw new IllegalStateException("Simulated bureau %s has issued all %d ICP numbers of %d"
				.formatted(province.code(), LAST_OF_YEAR, year));
		}
		if (last == null) {
			register.insertSerial(province.code(), year, serial);
		}
		else {
			register.updateSerial(province.code(), year, serial);
		}
		return new IcpNumber(province.icpAbbreviation(), LicenceKind.FILING, "%04d%06d".formatted(year, serial), null);
	}

}
