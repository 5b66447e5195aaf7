package cn.beianbridge.filing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.filing.internal.AwaitingNumbersMapper;
import cn.beianbridge.filing.internal.FilingNumbers;

/**
 * Approvals that came before their ICP numbers. The bureau does not fix the order of its files: a decision (BAJG
 * 1001) may come before the filed data (BASJ) that carries the numbers, in a later download or days later. Such an
 * approval is parked as a flag on the SUBMITTED filing ({@link AwaitingApproval}) and completed, exactly as if the
 * numbers had come first, once they are all there: APPROVED with the entity's and each website's number, one
 * {@code APPROVED} event.
 * <p>
 * A flag and not a state of its own: the console's contract knows no such state and its customer is told once,
 * with the numbers; every other module sees a filing still under review, which it is for them.
 */
@Service
public class ApprovalsAwaitingNumbers {

	private static final Logger log = LoggerFactory.getLogger(ApprovalsAwaitingNumbers.class);

	private final AwaitingNumbersMapper mapper;

	private final FilingNumbers numbers;

	private final FilingTransitions transitions;

	private final Clock clock;

	ApprovalsAwaitingNumbers(AwaitingNumbersMapper mapper, FilingNumbers numbers, FilingTransitions transitions,
			Clock clock) {
		this.mapper = mapper;
		this.numbers = numbers;
		this.transitions = transitions;
		this.clock = clock;
	}

	/**
	 * Parks the approval of a SUBMITTED filing whose numbers have not all come.
	 *
	 * @param askAt when to ask the bureau for the numbers if they are still missing
	 * @return false when an approval of this filing waits already (the same result again)
	 */
	@Transactional
	public boolean park(long filingId, String province, String fileName, Instant askAt) {
		return mapper.insertIgnore(filingId, province, fileName, clock.instant(), askAt) == 1;
	}

	public Optional<AwaitingApproval> find(long filingId) {
		return Optional.ofNullable(mapper.find(filingId));
	}

	/**
	 * Completes a waiting approval with the numbers the filing now holds (a BASJ brought them), if they are all
	 * there.
	 *
	 * @param province the province whose bureau sent the numbers: only its own approvals are completed
	 * @param source where the numbers came from, for the history: {@code BASJ in 33BASJ2026…}
	 * @return true when the approval was completed now
	 */
	@Transactional
	public boolean completeWithFiledNumbers(long filingId, String province, String source) {
		AwaitingApproval waiting = mapper.lock(filingId);
		if (waiting == null || !waiting.province().equals(province)) {
			return false;
		}
		FiledNumbers filed = numbers.of(filingId).orElseThrow();
		if (!filed.complete()) {
			log.info("Filing {} still waits for ICP numbers after {}: entity {}, websites {}",
					waiting.consoleFilingId(), source, filed.entityIcpNumber(), filed.websites());
			return false;
		}
		complete(waiting, filed, source);
		return true;
	}

	/**
	 * Completes a waiting approval with numbers learnt otherwise (the bureau's answer to a status query): they are
	 * kept on the rows as if a BASJ had brought them.
	 *
	 * @param websiteIcpNumbers our website id → its ICP number, for every website of the filing
	 * @return true when the approval was completed now
	 */
	@Transactional
	public boolean completeWithNumbers(long filingId, String entityIcpNumber, Map<Long, String> websiteIcpNumbers,
			String source) {
		AwaitingApproval waiting = mapper.lock(filingId);
		if (waiting == null) {
			return false;
		}
		numbers.entityFiled(waiting.province(), filingId, null, entityIcpNumber);
		websiteIcpNumbers
			.forEach((websiteId, icpNumber) -> numbers.websiteFiled(waiting.province(), websiteId, null, icpNumber));
		FiledNumbers filed = numbers.of(filingId).orElseThrow();
		if (!filed.complete()) {
			throw new IllegalArgumentException("Numbers for filing " + waiting.consoleFilingId() + " from " + source
					+ " leave some missing: " + filed);
		}
		complete(waiting, filed, source);
		return true;
	}

	private void complete(AwaitingApproval waiting, FiledNumbers filed, String source) {
		mapper.delete(waiting.filingId());
		transitions.approved(waiting.filingId(), waiting.province(), filed.entityIcpNumber(), filed.websiteIcpNumbers(),
				"bureau", "bureau result 1001 in " + waiting.fileName() + "; ICP numbers from " + source);
	}

	/** Waiting approvals of the province whose time to ask the bureau has come, longest due first. */
	public List<AwaitingApproval> due(String province, int limit) {
		return mapper.findDue(province, clock.instant(), limit);
	}

	/**
	 * The bureau was asked and the approval still waits: ask again at {@code askAt}.
	 *
	 * @param answer what the question got, as an operator reads it
	 * @return the flag as it was before, or empty when the approval was completed meanwhile
	 */
	@Transactional
	public Optional<AwaitingApproval> askedAgain(long filingId, Instant askAt, String answer) {
		AwaitingApproval before = mapper.lock(filingId);
		if (before == null) {
			return Optional.empty();
		}
		mapper.updateAsked(filingId, askAt, answer.length() > 1000 ? answer.substring(0, 1000) : answer,
				clock.instant());
		return Optional.of(before);
	}

	/** Waiting approvals of one province. */
	public long count(String province) {
		return mapper.countInProvince(province);
	}

}
