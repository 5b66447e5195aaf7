package cn.beianbridge.simulator.bureau;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The fault switches of one simulated bureau, changed at run time (tests, the demo's admin endpoint) while calls
 * read them: every change is one atomic swap. Kept in memory only: a restart clears them.
 */
public final class ProvinceFaults {

	private final AtomicReference<FaultSwitches> switches = new AtomicReference<>(FaultSwitches.NONE);

	/** The next checks of a filing password refused with a msg_code: {next, msgCode}. */
	private final AtomicReference<int[]> refusedPasswordChecks = new AtomicReference<>(new int[] { 0, 0 });

	public FaultSwitches current() {
		return switches.get();
	}

	public ProvinceFaults change(FaultSwitches.Change change) {
		switches.updateAndGet(current -> current.with(change));
		return this;
	}

	public ProvinceFaults reset() {
		switches.set(FaultSwitches.NONE);
		refusedPasswordChecks.set(new int[] { 0, 0 });
		return this;
	}

	/**
	 * The next {@code next} {@code isp_verifybamm} calls are answered with {@code msgCode} and no {@code VerifyRes},
	 * nothing checked: e.g. 22 (too many checks of the password) or 999 (any other error).
	 */
	public ProvinceFaults refusePasswordChecks(int next, int msgCode) {
		if (next < 0 || (next > 0 && msgCode == 0)) {
			throw new IllegalArgumentException("refusePasswordChecks needs next >= 0 and a msgCode other than 0 (0 is an "
					+ "answer), was next=" + next + ", msgCode=" + msgCode);
		}
		refusedPasswordChecks.set(new int[] { next, msgCode });
		return this;
	}

	/** The code to refuse this password check with, if a refusal is due (counted down). */
	java.util.OptionalInt takeRefusedPasswordCheck() {
		while (true) {
			int[] current = refusedPasswordChecks.get();
			if (current[0] <= 0) {
				return java.util.OptionalInt.empty();
			}
			if (refusedPasswordChecks.compareAndSet(current, new int[] { current[0] - 1, current[1] })) {
				return java.util.OptionalInt.of(current[1]);
			}
		}
	}

	public ProvinceFaults maintenanceUploads(boolean on) {
		return change(new FaultSwitches.Change(on, null, null, null, null, null, null, null,
				null, null, null, null, null, null));
	}

	public ProvinceFaults maintenanceDownloads(boolean on) {
		return change(new FaultSwitches.Change(null, on, null, null, null, null, null, null,
				null, null, null, null, null, null));
	}

	public ProvinceFaults outsideUploadHours(boolean on) {
		return change(new FaultSwitches.Change(null, null, on, null, null, null, null, null,
				null, null, null, null, null, null));
	}

	/** @param files 0 for no limit */
	public ProvinceFaults pendingLimit(int files) {
		return change(new FaultSwitches.Change(null, null, null, files, null, null, null, null,
				null, null, null, null, null, null));
	}

	public ProvinceFaults replyDelay(Duration delay) {
		return change(new FaultSwitches.Change(null, null, null, null, delay.toMillis(), null, null, null,
				null, null, null, null, null, null));
	}

	public ProvinceFaults dropUploadReplies(int next) {
		return change(new FaultSwitches.Change(null, null, null, null, null, next, null, null,
				null, null, null, null, null, null));
	}

	public ProvinceFaults soapFaults(int next) {
		return change(new FaultSwitches.Change(null, null, null, null, null, null, next, null,
				null, null, null, null, null, null));
	}

	public ProvinceFaults malformedReturns(int next) {
		return change(new FaultSwitches.Change(null, null, null, null, null, null, null, next,
				null, null, null, null, null, null));
	}

	/** The next {@code next} acknowledgements never reach the bureau (see {@link FaultSwitches#lostAcks()}). */
	public ProvinceFaults lostAcks(int next) {
		return change(new FaultSwitches.Change(null, null, null, null, null, null, null, null,
				next, null, null, null, null, null));
	}

	/** The next {@code next} acknowledgements are recorded, their replies lost (see {@link FaultSwitches#dropAckReplies()}). */
	public ProvinceFaults dropAckReplies(int next) {
		return change(new FaultSwitches.Change(null, null, null, null, null, null, null, null,
				null, next, null, null, null, null));
	}

	/** How the files of each round of decisions are handed out (until changed or reset). */
	public ProvinceFaults resultOrder(ResultOrder order) {
		return change(FaultSwitches.Change.results(order, null, null));
	}

	/** How long {@link ResultOrder#NUMBERS_LATE} holds the numbers back. */
	public ProvinceFaults numbersDelay(Duration delay) {
		return change(FaultSwitches.Change.results(null, delay.toMillis(), null));
	}

	/** Every file offered again after its acknowledgement, and its content under a new name. */
	public ProvinceFaults duplicateFiles(boolean on) {
		return change(FaultSwitches.Change.results(null, null, on));
	}

	/** The next {@code next} files handed out cannot be unpacked (see {@link FaultSwitches#corruptFiles()}). */
	public ProvinceFaults corruptFiles(int next) {
		return change(new FaultSwitches.Change(null, null, null, null, null, null, null, null, null, null, null, null,
				null, next));
	}

	/**
	 * The next {@code next} uploads are refused with {@code msgCode} and nothing is stored, e.g. 5 (wrong password),
	 * which blocks the province at the provider.
	 */
	public ProvinceFaults refuseUploads(int next, int msgCode) {
		return change(FaultSwitches.Change.refuseUploads(next, msgCode));
	}

	/** The code to refuse this upload with, if a refusal is due (counted down). */
	java.util.OptionalInt takeRefusedUpload() {
		while (true) {
			FaultSwitches current = switches.get();
			if (current.refusedUploads() <= 0) {
				return java.util.OptionalInt.empty();
			}
			if (switches.compareAndSet(current, current.afterRefusedUpload())) {
				return java.util.OptionalInt.of(current.refusalCode());
			}
		}
	}

	boolean takeCorruptFile() {
		return take(s -> s.corruptFiles() > 0, FaultSwitches::afterCorruptFile);
	}

	boolean takeSoapFault() {
		return take(s -> s.soapFaults() > 0, FaultSwitches::afterSoapFault);
	}

	boolean takeMalformedReturn() {
		return take(s -> s.malformedReturns() > 0, FaultSwitches::afterMalformedReturn);
	}

	boolean takeDroppedUploadReply() {
		return take(s -> s.dropUploadReplies() > 0, FaultSwitches::afterDroppedReply);
	}

	boolean takeLostAck() {
		return take(s -> s.lostAcks() > 0, FaultSwitches::afterLostAck);
	}

	boolean takeDroppedAckReply() {
		return take(s -> s.dropAckReplies() > 0, FaultSwitches::afterDroppedAckReply);
	}

	// Counts down only when the fault is due, so two concurrent calls never both take the last one.
	private boolean take(Predicate<FaultSwitches> due, UnaryOperator<FaultSwitches> used) {
		while (true) {
			FaultSwitches current = switches.get();
			if (!due.test(current)) {
				return false;
			}
			if (switches.compareAndSet(current, used.apply(current))) {
				return true;
			}
		}
	}

}
