package cn.beianbridge.submission.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.scheduling.ProvinceLeases;
import cn.beianbridge.submission.UploadBatchState;
import cn.beianbridge.submission.UploadFiles;

@Component
class DatabaseUploadFiles implements UploadFiles {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUploadFiles.class);

	private final UploadFileMapper mapper;

	private final UploadBatches batches;

	private final SequenceReconciliation reconciliation;

	private final ProvinceLeases leases;

	private final UploadBatchMapper batchMapper;

	private final Filings filings;

	DatabaseUploadFiles(UploadFileMapper mapper, UploadBatches batches, SequenceReconciliation reconciliation,
			ProvinceLeases leases, UploadBatchMapper batchMapper, Filings filings) {
		this.mapper = mapper;
		this.batches = batches;
		this.reconciliation = reconciliation;
		this.leases = leases;
		this.batchMapper = batchMapper;
		this.filings = filings;
	}

	@Override
	public List<UploadFile> ofProvince(String province, int limit) {
		return mapper.findOfProvince(province, limit);
	}

	@Override
	public Optional<UploadFile> find(long id) {
		return Optional.ofNullable(mapper.find(id));
	}

	@Override
	public List<Move> moves(long id) {
		return mapper.findMoves(id);
	}

	@Override
	public List<MovedFile> movedBetween(String province, Instant from, Instant to) {
		Map<Long, List<Move>> movesByFile = new LinkedHashMap<>();
		mapper.findMovesBetween(province, from, to)
			.forEach(row -> movesByFile.computeIfAbsent(row.batchId(), id -> new ArrayList<>()).add(row.move()));
		List<MovedFile> moved = new ArrayList<>();
		movesByFile.forEach((id, moves) -> {
			UploadFile file = mapper.find(id);
			List<FilingRef> held = batchMapper.findFilingIds(id)
				.stream()
				.map(filingId -> new FilingRef(filingId,
						filings.find(filingId).map(FilingSummary::consoleFilingId).orElse(null)))
				.toList();
			moved.add(new MovedFile(id, file.fileName(), file.dataSequence(), file.state(), List.copyOf(moves), held));
		});
		return moved;
	}

	@Override
	public Optional<String> sent(long id) {
		return Optional.ofNullable(batches.reload(id)).map(batches::withPayload).map(UploadBatch::beianInfo);
	}

	@Override
	public Map<String, Instant> lastAccepted() {
		Map<String, Instant> last = new HashMap<>();
		mapper.lastAccepted().forEach(row -> last.put(row.province(), row.acceptedAt()));
		return last;
	}

	@Override
	public Reconciled reconcile(long id) {
		UploadBatch batch = batches.reload(id);
		if (batch == null || batch.state() != UploadBatchState.UNKNOWN) {
			throw new IllegalStateException("upload file " + id + " is not UNKNOWN"
					+ (batch == null ? "" : " but " + batch.state()));
		}
		// the province's submit run would settle it too: one at a time, as for the uploads themselves
		try (ProvinceLeases.ProvinceLease lease = leases.acquire(SubmitJobConfiguration.JOB_NAME, batch.province())
			.orElseThrow(() -> new IllegalStateException("a submit run works on province " + batch.province()
					+ " now: it settles the file itself"))) {
			UploadBatch now = batches.reload(id);
			if (now.state() != UploadBatchState.UNKNOWN) {
				throw new IllegalStateException("upload file " + batch.fileName() + " is " + now.state() + " now");
			}
			Reconciled outcome = switch (reconciliation.previousUpload(now)) {
				case RECEIVED -> {
					batches.accepted(now, UploadBatchState.UNKNOWN, "found with isp_querypreviousupload");
					yield Reconciled.ACCEPTED;
				}
				case NOT_RECEIVED -> {
					batches.moved(now, UploadBatchState.UNKNOWN, UploadBatchState.BUILT, null,
							"not received by the bureau");
					yield Reconciled.NOT_RECEIVED;
				}
				case NO_ANSWER -> Reconciled.NO_ANSWER;
			};
			log.info("Province {}: file {} reconciled by an operator: {}", now.province(), now.fileName(), outcome);
			return outcome;
		}
	}

}
