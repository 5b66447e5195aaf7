package cn.beianbridge.simulator.bureau;

/**
 * How one simulated bureau misbehaves now; all off by default. The counts are "the next N calls" and go down
 * as they are used.
 *
 * @param maintenanceUploads every {@code isp_upload} gets 901
 * @param maintenanceDownloads every {@code isp_download} and {@code isp_downloadack} gets 902
 * @param outsideUploadHours every {@code isp_upload} gets 20
 * @param pendingLimit when more than 0: an upload is refused with 15 while this many uploaded files still wait
 * for a decision
 * @param replyDelayMs every call is processed at once, then its reply waits this long (a client that times out
 * may have had its upload accepted)
 * @param dropUploadReplies the next N accepted uploads are stored and counted, then answered with HTTP 500 and an
 * empty body instead of a SOAP reply
 * @param soapFaults the next N calls, of any operation, get a SOAP Server fault and do nothing
 * @param malformedReturns the next N calls are carried out but their {@code <return>} text is cut short (not XML)
 * @param lostAcks the next N {@code isp_downloadack} calls never reach the bureau: nothing is recorded (the file is
 * sent again), and after the reply delay the caller gets a SOAP Server fault
 * @param dropAckReplies the next N {@code isp_downloadack} calls are recorded (the file is not sent again), then
 * answered, after the reply delay, with HTTP 500 and an empty body: the caller cannot tell that the bureau has it
 * @param resultOrder how the files of each round of decisions are handed out (see {@link ResultOrder}); null: as
 * {@code bridge.simulators.bureau.result-order} says
 * @param numbersDelayMs how long the numbers (BASJ) are held back in {@link ResultOrder#NUMBERS_LATE}; 0: as
 * {@code bridge.simulators.bureau.numbers-delay} says
 * @param duplicateFiles every file of a round is offered once more after its acknowledgement, and its content once
 * more under a new name; null: as {@code bridge.simulators.bureau.duplicate-files} says
 * @param corruptFiles the next N files handed out by {@code isp_download} carry a {@code beianInfoHash} that does not
 * match them (the provider cannot unpack them: msg_code 7)
 * @param refusedUploads the next N {@code isp_upload} calls are refused with {@code refusalCode}, nothing stored
 * (e.g. 5, wrong password: the provider blocks the province until an operator lifts it)
 * @param refusalCode the msg_code of those refusals (one of the codes that need an operator: 4, 5, 12, 13, 19, 22;
 * or any other the bureau may answer)
 */
public record FaultSwitches(boolean maintenanceUploads, boolean maintenanceDownloads, boolean outsideUploadHours,
		int pendingLimit, long replyDelayMs, int dropUploadReplies, int soapFaults, int malformedReturns, int lostAcks,
		int dropAckReplies, ResultOrder resultOrder, long numbersDelayMs, Boolean duplicateFiles, int corruptFiles,
		int refusedUploads, int refusalCode) {

	public static final FaultSwitches NONE = new FaultSwitches(false, false, false, 0, 0, 0, 0, 0, 0, 0, null, 0, null,
			0, 0, 0);

	public FaultSwitches {
		requireNotNegative("pendingLimit", pendingLimit);
		requireNotNegative("replyDelayMs", replyDelayMs);
		requireNotNegative("dropUploadReplies", dropUploadReplies);
		requireNotNegative("soapFaults", soapFaults);
		requireNotNegative("malformedReturns", malformedReturns);
		requireNotNegative("lostAcks", lostAcks);
		requireNotNegative("dropAckReplies", dropAckReplies);
		requireNotNegative("numbersDelayMs", numbersDelayMs);
		requireNotNegative("corruptFiles", corruptFiles);
		requireNotNegative("refusedUploads", refusedUploads);
		if (refusedUploads > 0 && refusalCode == 0) {
			throw new IllegalArgumentException("refusedUploads needs a refusalCode other than 0 (0 is acceptance)");
		}
	}

	private static void requireNotNegative(String field, long value) {
		if (value < 0) {
			throw new IllegalArgumentException("%s must be zero or more, not %d".formatted(field, value));
		}
	}

	/** These switches with the given ones changed; a null in the change keeps the current value. */
	public FaultSwitches with(Change change) {
		return new FaultSwitches(or(change.maintenanceUploads(), maintenanceUploads),
				or(change.maintenanceDownloads(), maintenanceDownloads), or(change.outsideUploadHours(), outsideUploadHours),
				or(change.pendingLimit(), pendingLimit), or(change.replyDelayMs(), replyDelayMs),
				or(change.dropUploadReplies(), dropUploadReplies), or(change.soapFaults(), soapFaults),
				or(change.malformedReturns(), malformedReturns), or(change.lostAcks(), lostAcks),
				or(change.dropAckReplies(), dropAckReplies), or(change.resultOrder(), resultOrder),
				or(change.numbersDelayMs(), numbersDelayMs), or(change.duplicateFiles(), duplicateFiles),
				or(change.corruptFiles(), corruptFiles), or(change.refusedUploads(), refusedUploads),
				or(change.refusalCode(), refusalCode));
	}

	FaultSwitches afterDroppedReply() {
		return new FaultSwitches(maintenanceUploads, maintenanceDownloads, outsideUploadHours, pendingLimit,
				replyDelayMs, dropUploadReplies - 1, soapFaults, malformedReturns, lostAcks, dropAckReplies, resultOrder,
				numbersDelayMs, duplicateFiles, corruptFiles, refusedUploads, refusalCode);
	}

	FaultSwitches afterSoapFault() {
		return new FaultSwitches(maintenanceUploads, maintenanceDownloads, outsideUploadHours, pendingLimit,
				replyDelayMs, dropUploadReplies, soapFaults - 1, malformedReturns, lostAcks, dropAckReplies, resultOrder,
				numbersDelayMs, duplicateFiles, corruptFiles, refusedUploads, refusalCode);
	}

	FaultSwitches afterMalformedReturn() {
		return new FaultSwitches(maintenanceUploads, maintenanceDownloads, outsideUploadHours, pendingLimit,
				replyDelayMs, dropUploadReplies, soapFaults, malformedReturns - 1, lostAcks, dropAckReplies, resultOrder,
				numbersDelayMs, duplicateFiles, corruptFiles, refusedUploads, refusalCode);
	}

	FaultSwitches afterLostAck() {
		return new FaultSwitches(maintenanceUploads, maintenanceDownloads, outsideUploadHours, pendingLimit,
				replyDelayMs, dropUploadReplies, soapFaults, malformedReturns, lostAcks - 1, dropAckReplies, resultOrder,
				numbersDelayMs, duplicateFiles, corruptFiles, refusedUploads, refusalCode);
	}

	FaultSwitches afterCorruptFile() {
		return new FaultSwitches(maintenanceUploads, maintenanceDownloads, outsideUploadHours, pendingLimit,
				replyDelayMs, dropUploadReplies, soapFaults, malformedReturns, lostAcks, dropAckReplies, resultOrder,
				numbersDelayMs, duplicateFiles, corruptFiles - 1, refusedUploads, refusalCode);
	}

	FaultSwitches afterRefusedUpload() {
		return new FaultSwitches(maintenanceUploads, maintenanceDownloads, outsideUploadHours, pendingLimit,
				replyDelayMs, dropUploadReplies, soapFaults, malformedReturns, lostAcks, dropAckReplies, resultOrder,
				numbersDelayMs, duplicateFiles, corruptFiles, refusedUploads - 1, refusalCode);
	}

	FaultSwitches afterDroppedAckReply() {
		return new FaultSwitches(maintenanceUploads, maintenanceDownloads, outsideUploadHours, pendingLimit,
				replyDelayMs, dropUploadReplies, soapFaults, malformedReturns, lostAcks, dropAckReplies - 1, resultOrder,
				numbersDelayMs, duplicateFiles, corruptFiles, refusedUploads, refusalCode);
	}

	private static <T> T or(T changed, T current) {
		return changed == null ? current : changed;
	}

	/** A partial update, as posted to {@code /simulator/bureau/{code}/faults}: absent fields stay as they are. */
	public record Change(Boolean maintenanceUploads, Boolean maintenanceDownloads, Boolean outsideUploadHours,
			Integer pendingLimit, Long replyDelayMs, Integer dropUploadReplies, Integer soapFaults,
			Integer malformedReturns, Integer lostAcks, Integer dropAckReplies, ResultOrder resultOrder,
			Long numbersDelayMs, Boolean duplicateFiles, Integer corruptFiles, Integer refusedUploads,
			Integer refusalCode) {

		/** A change of the switches that came before the refusals: those stay as they are. */
		public Change(Boolean maintenanceUploads, Boolean maintenanceDownloads, Boolean outsideUploadHours,
				Integer pendingLimit, Long replyDelayMs, Integer dropUploadReplies, Integer soapFaults,
				Integer malformedReturns, Integer lostAcks, Integer dropAckReplies, ResultOrder resultOrder,
				Long numbersDelayMs, Boolean duplicateFiles, Integer corruptFiles) {
			this(maintenanceUploads, maintenanceDownloads, outsideUploadHours, pendingLimit, replyDelayMs,
					dropUploadReplies, soapFaults, malformedReturns, lostAcks, dropAckReplies, resultOrder, numbersDelayMs,
					duplicateFiles, corruptFiles, null, null);
		}

		/** The next {@code next} uploads refused with {@code msgCode}. */
		public static Change refuseUploads(int next, int msgCode) {
			return new Change(null, null, null, null, null, null, null, null, null, null, null, null, null, null, next,
					msgCode);
		}

		/** Only the delivery of results changes. */
		public static Change results(ResultOrder resultOrder, Long numbersDelayMs, Boolean duplicateFiles) {
			return new Change(null, null, null, null, null, null, null, null, null, null, resultOrder, numbersDelayMs,
					duplicateFiles, null);
		}

	}

}
