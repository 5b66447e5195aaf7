package cn.beianbridge.filing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.IpRange;
import cn.beianbridge.filing.FilingDocument.Website;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.province.Province;

/** At most so many IP addresses per website (Tianjin: one), counting every address in every range. */
public final class WebsiteIpRule implements FilingRule {

	@Override
	public List<Reason> check(FilingDocument filing, Province province) {
		Integer max = province.rules().maxIpsPerWebsite();
		if (max == null) {
			return List.of();
		}
		List<Reason> reasons = new ArrayList<>();
		for (int i = 0; i < filing.websites().size(); i++) {
			Website website = filing.websites().get(i);
			if (website.access() == null) {
				continue;
			}
			long addresses = website.access().ipRanges().stream().mapToLong(WebsiteIpRule::addresses).sum();
			if (addresses > max) {
				reasons.add(Reason.of("max-ips-per-website", FilingRule.websitePath(i) + ".access.ipRanges",
						"Website " + website.consoleWebsiteId() + " has " + addresses + " IP addresses; " + province.displayName()
								+ " allows at most " + max + " per website"));
			}
		}
		return reasons;
	}

	/** A malformed address counts as none: the contract check reports it. A reversed range still counts. */
	private static long addresses(IpRange range) {
		OptionalLong start = ipv4(range.start());
		OptionalLong end = ipv4(range.end());
		if (start.isEmpty() || end.isEmpty()) {
			return 0;
		}
		return Math.abs(end.getAsLong() - start.getAsLong()) + 1;
	}

	static OptionalLong ipv4(String address) {
		if (address == null) {
			return OptionalLong.empty();
		}
		String[] parts = address.strip().split("\\.", -1);
		if (parts.length != 4) {
			return OptionalLong.empty();
		}
		long value = 0;
		for (String part : parts) {
			if (!part.matches("[0-9]{1,3}") || Integer.parseInt(part) > 255) {
				return OptionalLong.empty();
			}
			value = value * 256 + Integer.parseInt(part);
		}
		return OptionalLong.of(value);
	}

}
