package cn.beianbridge.simulator.bureau;

import java.util.List;

/**
 * A filing a simulated bureau cancelled of its own accord, as the provider will read it in a {@code ZXSJ} file:
 * {@code Zxlb} and {@code Jlid}, nothing else of it.
 *
 * @param province the bureau that cancelled it, whose downloads carry the record
 * @param kind {@code Zxlb}: 0 entity (with all its websites), 1 website
 * @param bureauId {@code Jlid}: the {@code Ztid} or {@code Wzid}
 * @param icpNumber the number no longer filed; null for an id the bureau never gave
 * @param websites the numbers of the websites cancelled with an entity
 * @param remark {@code Bz}
 */
public record SimulatedCancellation(String province, int kind, long bureauId, String icpNumber, List<String> websites,
		String remark) {

	public SimulatedCancellation {
		websites = List.copyOf(websites);
	}

}
