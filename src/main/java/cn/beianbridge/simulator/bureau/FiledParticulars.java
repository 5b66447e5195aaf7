package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.beianbridge.bureau.DownloadDocument.EntityParticulars;
import cn.beianbridge.bureau.DownloadDocument.WebsiteParticulars;
import cn.beianbridge.shared.ChinaTime;

/**
 * What a BASJ record holds besides ids, numbers, domains and accesses, as {@code download-data.xsd} requires it. The
 * simulator keeps only what deciding needs (names), so the rest is stand-in data of the right shape: the bridge
 * reads none of it.
 */
final class FiledParticulars {

	private static final DateTimeFormatter FILED_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** 1.1.1.1: the address of an access the simulator did not file itself. */
	static final long STAND_IN_ADDRESS = 16843009L;

	/** {@code Fbdd} and {@code Jrfs} of every access: the first code of each table. */
	static final List<Integer> FIRST_CODE = List.of(1);

	private static final int CHINESE = 1;

	private FiledParticulars() {
	}

	static EntityParticulars entity(String name, String province, long ztid, Instant filedAt) {
		String at = FILED_TIME.format(filedAt.atZone(ChinaTime.ZONE));
		return new EntityParticulars(name == null || name.isBlank() ? "模拟主体" + ztid : name,
				Long.parseLong(province + "0000"), FIRST_CODE.get(0), "SIM" + ztid, "模拟住所", "beian@simulator.example.cn",
				1, at, at);
	}

	static WebsiteParticulars website(String name, long wzid) {
		return new WebsiteParticulars(name == null || name.isBlank() ? "模拟网站" + wzid : name, List.of(CHINESE),
				"模拟负责人");
	}

	/** The domain of a website filed before the simulator knew it (a domain is filed with every website). */
	static String standInDomain(long wzid) {
		return "w" + wzid + ".simulator.example.cn";
	}

}
