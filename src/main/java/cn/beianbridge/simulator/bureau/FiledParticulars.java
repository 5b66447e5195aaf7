package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.beianbridge.bureau.DownloadDocument.EntityParticulars;
import cn.beianbridge.bureau.DownloadDocument.FiledAccess;
import cn.beianbridge.bureau.DownloadDocument.FiledDomain;
import cn.beianbridge.bureau.DownloadDocument.FiledIpRange;
import cn.beianbridge.bureau.DownloadDocument.WebsiteParticulars;
import cn.beianbridge.shared.ChinaTime;

/**
 * What a BASJ record holds besides ids and numbers, as {@code download-data.xsd} requires it. The simulator keeps
 * only what deciding needs (names, domains), so the rest is stand-in data of the right shape: the bridge reads ids
 * and numbers only. Bureau ids below a record are derived from its own, like the others the simulator issues.
 */
final class FiledParticulars {

	private static final DateTimeFormatter FILED_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	// 1.1.1.1: the simulator keeps no addresses
	private static final long STAND_IN_ADDRESS = 16843009L;

	private static final int CHINESE = 1;

	private static final int FIRST_CODE = 1;

	// the provider's id at the bureau (Ispid): the simulator serves one provider
	private static final long PROVIDER = 1;

	private FiledParticulars() {
	}

	private static final String CERTIFICATE_PREFIX = "SIM";

	static EntityParticulars entity(String name, String province, long ztid, Instant filedAt) {
		String at = FILED_TIME.format(filedAt.atZone(ChinaTime.ZONE));
		return new EntityParticulars(name == null || name.isBlank() ? "模拟主体" + ztid : name,
				Long.parseLong(province + "0000"), FIRST_CODE, CERTIFICATE_PREFIX + ztid, "模拟住所",
				"beian@simulator.example.cn", 1, at, at);
	}

	/**
	 * The {@code Ztid} of the entity whose stand-in certificate ({@code Zj/Zjlx}, {@code Zj/Zjhm} in its BASJ record)
	 * this is, if it is one: how {@code isp_querybeianstatus} by certificate finds a filing.
	 */
	static Optional<Long> ztidOfCertificate(int certificateType, String certificateNumber) {
		if (certificateType != FIRST_CODE || !certificateNumber.matches(CERTIFICATE_PREFIX + "[0-9]{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(certificateNumber.substring(CERTIFICATE_PREFIX.length())));
	}

	static WebsiteParticulars website(String name, long wzid, List<String> domains) {
		List<FiledDomain> filed = new ArrayList<>();
		List<String> names = domains.isEmpty() ? List.of("w" + wzid + ".simulator.example.cn") : domains;
		for (int i = 0; i < names.size(); i++) {
			filed.add(new FiledDomain(wzid * 100 + i + 1, names.get(i)));
		}
		long jrid = wzid * 10 + 1;
		FiledAccess access = new FiledAccess(jrid, PROVIDER, List.of(FIRST_CODE), List.of(FIRST_CODE),
				List.of(new FiledIpRange(jrid * 10 + 1, STAND_IN_ADDRESS, STAND_IN_ADDRESS)));
		return new WebsiteParticulars(name == null || name.isBlank() ? "模拟网站" + wzid : name, List.of(CHINESE), filed,
				List.of(access), "模拟负责人");
	}

}
