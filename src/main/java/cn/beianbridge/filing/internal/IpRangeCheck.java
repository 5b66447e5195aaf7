package cn.beianbridge.filing.internal;

import java.util.OptionalLong;

import com.fasterxml.jackson.databind.JsonNode;

/** An IP range must not end before it starts. */
final class IpRangeCheck implements SemanticCheck {

	@Override
	public void check(JsonNode filing, Violations violations) {
		JsonNode websites = SemanticCheck.items(filing.path("websites"));
		for (int i = 0; i < websites.size(); i++) {
			JsonNode ranges = SemanticCheck.items(websites.get(i).path("access").path("ipRanges"));
			for (int j = 0; j < ranges.size(); j++) {
				String start = ranges.get(j).path("start").textValue();
				String end = ranges.get(j).path("end").textValue();
				OptionalLong from = toUnsigned(start);
				OptionalLong to = toUnsigned(end);
				if (from.isPresent() && to.isPresent() && from.getAsLong() > to.getAsLong()) {
					violations.add(
							Violations.ROOT.append("websites").append(i).append("access").append("ipRanges").append(j),
							"The range starts at " + start + ", after its end " + end
									+ ". Expected a start that is not after the end.");
				}
			}
		}
	}

	/** The address as an unsigned 32-bit number; empty if it is no dotted IPv4 address (the schema says so). */
	static OptionalLong toUnsigned(String address) {
		if (address == null || !address.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
			return OptionalLong.empty();
		}
		long value = 0;
		for (String part : address.split("\\.")) {
			int octet = Integer.parseInt(part);
			if (octet > 255) {
				return OptionalLong.empty();
			}
			value = value << 8 | octet;
		}
		return OptionalLong.of(value);
	}

}
