package cn.beianbridge.simulator.bureau;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import cn.beianbridge.province.ProvinceCatalogue;

/**
 * The control panel of the simulated bureaus: fault switches and forced decisions per province, for tests and the
 * demo ({@code /simulator/bureau/{code}/faults} and {@code /decisions} call these). Both live in memory; what the
 * bureaus received and decided lives in the database.
 */
public class BureauSimulator {

	private final ProvinceCatalogue provinces;

	private final Map<String, ProvinceFaults> faults = new ConcurrentHashMap<>();

	private final Map<String, Queue<ForcedDecision>> forced = new ConcurrentHashMap<>();

	private final Map<String, ResultIdentifier> resultIdentifiers = new ConcurrentHashMap<>();

	BureauSimulator(ProvinceCatalogue provinces) {
		this.provinces = provinces;
	}

	/** @throws IllegalArgumentException naming the code when no province has it */
	public ProvinceFaults faults(String province) {
		return faults.computeIfAbsent(known(province), code -> new ProvinceFaults());
	}

	/** Clears every province's fault switches and forced decisions. */
	public void resetAll() {
		faults.values().forEach(ProvinceFaults::reset);
		forced.clear();
		resultIdentifiers.clear();
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
