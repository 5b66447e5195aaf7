package cn.beianbridge.bureau.internal;

/** The bureau wants IPv4 addresses as unsigned 32-bit integers: 1.2.3.4 is 16909060. */
public final class Ipv4 {

	private Ipv4() {
	}

	public static long toUnsignedInt(String field, String dotted) {
		String[] parts = dotted == null ? new String[0] : dotted.trim().split("\\.", -1);
		if (parts.length != 4) {
			throw invalid(field, dotted);
		}
		long value = 0;
		for (String part : parts) {
			if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
				throw invalid(field, dotted);
			}
			int octet = Integer.parseInt(part);
			if (octet > 255) {
				throw invalid(field, dotted);
			}
			value = (value << 8) | octet;
		}
		return value;
	}

	private static IllegalArgumentException invalid(String field, String dotted) {
		return new IllegalArgumentException("%s is not an IPv4 address: '%s'".formatted(field, dotted));
	}

}
