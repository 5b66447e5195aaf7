package cn.beianbridge.support;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static cn.beianbridge.support.FilingJson.aFirstFiling;

/**
 * The chaos test's console offer: the n-th photo-approved filing of a fixed mix, each with a domain of its own. Most
 * are plain (the simulated bureau approves them); every twelfth carries the bureau's reject marker, every twelfth names
 * the domain of the plain filing four before it in that one's province (of the two, the bureau approves the one it
 * decides first and refuses the other, 1005), every twelfth breaks Shanghai's rule (held), every twelfth an office
 * phone the contract allows and the bureau's schema does not (held at submission), every twelfth breaks the contract
 * (a rejected input; the console hears HELD).
 */
public final class ChaosFilings {

	/** What the n-th filing is, and so what becomes of it. */
	public enum Kind {

		PLAIN, REJECTED_BY_BUREAU, SAME_DOMAIN, HELD_BY_RULE, HELD_BY_SCHEMA, BREAKS_CONTRACT;

		/** Whether the filing goes to the bureau (once). */
		public boolean sent() {
			return this == PLAIN || this == REJECTED_BY_BUREAU || this == SAME_DOMAIN;
		}

	}

	private static final List<String> PROVINCES = List.of("33", "44", "11", "37", "35", "50");

	private ChaosFilings() {
	}

	public static Kind kind(int n) {
		return switch (n % 12) {
			case 5 -> Kind.REJECTED_BY_BUREAU;
			case 7 -> Kind.SAME_DOMAIN;
			case 9 -> Kind.HELD_BY_RULE;
			case 10 -> Kind.HELD_BY_SCHEMA;
			case 11 -> Kind.BREAKS_CONTRACT;
			default -> Kind.PLAIN;
		};
	}

	public static String consoleFilingId(int n) {
		return "CHAOS-" + n;
	}

	/** The plain filing whose domain filing {@code n} of kind SAME_DOMAIN names too. */
	public static int domainOwner(int n) {
		return kind(n) == Kind.SAME_DOMAIN ? n - 4 : n;
	}

	public static ObjectNode filing(int n) {
		Kind kind = kind(n);
		int owner = domainOwner(n);
		String province = kind == Kind.HELD_BY_RULE ? "31" : PROVINCES.get(owner % PROVINCES.size());
		ObjectNode filing = aFirstFiling().inProvince(province).withConsoleFilingId(consoleFilingId(n)).build();
		// an entity of its own: one licence is one entity at the bureau
		((ObjectNode) filing.at("/entity/certificate")).put("number",
				FilingJson.creditCode(province + "0100", 100 + n));
		ObjectNode website = (ObjectNode) filing.at("/websites/0");
		String domain = "chaos" + owner + ".cn";
		website.put("homeUrl", "www." + domain);
		((ArrayNode) website.get("domains")).removeAll().add(domain);
		switch (kind) {
			case REJECTED_BY_BUREAU -> website.put("name", "示例官网（驳回演示）");
			case HELD_BY_SCHEMA -> ((ObjectNode) filing.at("/entity/responsiblePerson")).put("officePhone", "8888-123");
			case BREAKS_CONTRACT -> filing.remove("entity");
			default -> {
			}
		}
		return filing;
	}

}
