package cn.beianbridge.simulator.bureau;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import cn.beianbridge.province.ProvinceCatalogue;

/**
 * The control panel of the simulated bureaus: fault switches, forced decisions and the switches of cancellations per
 * province, for tests and the demo ({@code /simulator/bureau/{code}/faults}, {@code /decisions},
 * {@code /cancellation-play} call these), all in memory; and cancellations of filings on demand
 * ({@code /cancellations}), which like what the bureaus received and decided live in the database.
 */
public class BureauSimulator {

	private final ProvinceCatalogue provinces;

	private final Map<String, ProvinceFaults> faults = new ConcurrentHashMap<>();

	private final Map<String, Queue<ForcedDecision>> forced = new ConcurrentHashMap<>();

	private final Map<String, CancellationPlay> cancellationPlays = new ConcurrentHashMap<>();

	private final Map<String, ResultIdentifier> resultIdentifiers = new ConcurrentHashMap<>();

	private final Cancellations cancellations;

	BureauSimulator(ProvinceCatalogue provinces, Cancellations cancellations) {
		this.provinces = provinces;
		this.cancellations = cancellations;
	}

	/** @throws IllegalArgumentException naming the code when no province has it */
	public ProvinceFaults faults(String province) {
		return faults.computeIfAbsent(known(province), code -> new ProvinceFaults());
	}

	/** Clears every province's fault switches, forced decisions and cancellation switches. */
	public void resetAll() {
		faults.values().forEach(ProvinceFaults::reset);
		forced.clear();
		cancellationPlays.clear();
		resultIdentifiers.clear();
	}

	/**
	 * Cancels, now, the filed entity (with all its websites) or website this ICP number or bureau id ({@code Ztid},
	 * {@code Wzid}) names, as a bureau's forced cancellation: the number is no longer filed
	 * ({@code isp_querybeianstatus} says so, its domains may be filed again), and the province's next
	 * {@code isp_download} puts a {@code ZXSJ} record ({@code Zxlb} 0 or 1, {@code Jlid}, {@code Bz} = the remark) in a
	 * file, as its {@link #cancellationPlay} says.
	 *
	 * @param remark {@code Bz}; null or blank for one like a bureau's ("强制注销：网站无法访问")
	 * @throws IllegalArgumentException naming the target when no filing has it, or it is cancelled already
	 */
	public SimulatedCancellation cancel(String numberOrBureauId, String remark) {
		return cancellations.cancel(null, numberOrBureauId, remark, this::cancellationPlay);
	}

	/** As {@link #cancel(String, String)}, for a filing of this province only. */
	public SimulatedCancellation cancel(String province, String numberOrBureauId, String remark) {
		return cancellations.cancel(province, numberOrBureauId, remark, this::cancellationPlay);
	}

	/**
	 * A {@code ZXSJ} record for a bureau id no filing has, at the province's next {@code isp_download}.
	 *
	 * @param kind {@code Zxlb}: 0 entity, 1 website (all download-data.xsd allows)
	 * @throws IllegalArgumentException naming the field: an unknown province, a kind not 0 or 1, an id below 1 or
	 * one a filing has
	 */
	public SimulatedCancellation cancelUnknown(String province, int kind, long bureauId, String remark) {
		return cancellations.cancelUnknown(province, kind, bureauId, remark);
	}

	/** How this province hands out its cancellations now ({@link CancellationPlay}; null switches: as configured). */
	public CancellationPlay cancellationPlay(String province) {
		return cancellationPlays.getOrDefault(known(province), CancellationPlay.AS_CONFIGURED);
	}

	/** Changes this province's cancellation switches; a null in the change keeps the current value. */
	public CancellationPlay playCancellations(String province, CancellationPlay change) {
		return cancellationPlays.merge(known(province), CancellationPlay.AS_CONFIGURED.with(change),
				CancellationPlay::with);
	}

	/** This province's cancellation switches back to the configured ones. */
	public void resetCancellationPlay(String province) {
		cancellationPlays.remove(known(province));
	}

	/**
	 * How this province's results of changes and cancellations name them from now on ({@code Bs}); null: as
	 * {@code bridge.simulators.bureau.result-identifiers} says.
	 */
	public void resultIdentifiers(String province, ResultIdentifier form) {
		if (form == null) {
			resultIdentifiers.remove(known(province));
		}
		else {
			resultIdentifiers.put(known(province), form);
		}
	}

	/** The province's form of {@code Bs}, or null when the settings decide. */
	ResultIdentifier resultIdentifiers(String province) {
		return resultIdentifiers.get(province);
	}

	/** The next record this province decides gets this decision, whatever it holds; queued after earlier ones. */
	public void forceNext(String province, Decision decision, int resultCode) {
		forceNext(province, new ForcedDecision(decision, resultCode));
	}

	/** As {@link #forceNext(String, Decision, int)} with the decision's usual code (a refusal: 1005). */
	public void forceNext(String province, Decision decision) {
		forceNext(province, ForcedDecision.of(decision));
	}

	public void forceNext(String province, ForcedDecision decision) {
		forced.computeIfAbsent(known(province), code -> new ConcurrentLinkedQueue<>()).add(decision);
	}

	public List<ForcedDecision> forcedDecisions(String province) {
		Queue<ForcedDecision> queue = forced.get(known(province));
		return queue == null ? List.of() : List.copyOf(queue);
	}

	/** The forced decision for the record being decided now, or null to decide on its merits. */
	ForcedDecision takeForcedDecision(String province) {
		Queue<ForcedDecision> queue = forced.get(province);
		return queue == null ? null : queue.poll();
	}

	private String known(String province) {
		return provinces.get(province).code();
	}

}
