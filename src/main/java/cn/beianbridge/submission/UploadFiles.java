package cn.beianbridge.submission;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The upload files of a province as an operator looks at them: state, sequence, the bureau's answers, the file as
 * sent; and an UNKNOWN file (its reply lost) settled now instead of by the next submit run.
 */
public interface UploadFiles {

	/** The job that uploads the files: each of its province steps holds the province's lease throughout. */
	String SUBMIT_JOB = "submit";

	/** The province's files, newest (highest sequence) first. */
	List<UploadFile> ofProvince(String province, int limit);

	Optional<UploadFile> find(long id);

	/** Every move of the file, oldest first, with the bureau's msg_code where it decided it. */
	List<Move> moves(long id);

	/**
	 * The province's files with a move from {@code from} to {@code to} (both included; null: until now), in the order of
	 * their first move there, each with those moves and its filings. A submit run's province step holds the province's
	 * lease from its start to its end, so these are the files that step worked.
	 */
	List<MovedFile> movedBetween(String province, Instant from, Instant to);

	/**
	 * The file exactly as sent ({@code beianInfo}: Base64 of the zip, encrypted where {@code encryptAlgorithm} says);
	 * empty once purged or for no such file.
	 */
	Optional<String> sent(long id);

	/** Per province with any, when the bureau last accepted a file of ours. */
	Map<String, Instant> lastAccepted();

	/**
	 * Asks the bureau (isp_querypreviousupload) whether it received the UNKNOWN file: received, it is ACCEPTED and its
	 * filings SUBMITTED; not received, it is BUILT and goes with the next submit run, under its sequence.
	 *
	 * @throws IllegalStateException when the file is not UNKNOWN, or a submit run works on the province now
	 */
	Reconciled reconcile(long id);

	enum Reconciled {

		/** The bureau has it: ACCEPTED. */
		ACCEPTED,
		/** The bureau does not have it: BUILT, sent by the next submit run. */
		NOT_RECEIVED,
		/** The bureau did not answer: still UNKNOWN. */
		NO_ANSWER

	}

	record UploadFile(long id, String province, String fileName, String operation, long dataSequence,
			UploadBatchState state, int recordCount, int encryptAlgorithm, int attempts, Integer lastMsgCode, String lastMsg,
			Instant createdAt, Instant updatedAt, Instant acceptedAt, Instant purgedAt) {
	}

	record Move(UploadBatchState from, UploadBatchState to, Integer msgCode, String msg, Instant movedAt) {
	}

	/**
	 * @param state where the file stands now
	 * @param moves its moves in the window asked for, oldest first
	 * @param filings the filings it holds now
	 */
	record MovedFile(long id, String fileName, long dataSequence, UploadBatchState state, List<Move> moves,
			List<FilingRef> filings) {
	}

	/** A filing by its id (the console's filing page) and the console's id for it. */
	record FilingRef(long id, String consoleFilingId) {
	}

}
