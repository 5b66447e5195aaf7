package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.beianbridge.bureau.DownloadDocument.ReviewOpinion;
import cn.beianbridge.province.Province;
import cn.beianbridge.shared.ChinaTime;

/**
 * Decides one record as a bureau's reviewer would: a forced decision first; then refuse a domain already filed
 * (1005); reject a name carrying the configured marker (1002, with an opinion); approve everything else.
 */
class Reviewer {

	static final String REVIEWER_NAME = "模拟审核员";

	private static final DateTimeFormatter OPINION_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final FilingRegister register;

	private final ChangeRegister changes;

	private final BureauSimulator simulator;

	private final BureauSimulatorSettings settings;

	Reviewer(FilingRegister register, ChangeRegister changes, BureauSimulator simulator,
			BureauSimulatorSettings settings) {
		this.register = register;
		this.changes = changes;
		this.simulator = simulator;
		this.settings = settings;
	}

	Verdict decide(Province province, ReviewItem item, Instant now) {
		if (item.refusedFile()) {
			return Verdict.refused(item.row().fileResult(), item.row().fileError());
		}
		ForcedDecision forced = simulator.takeForcedDecision(province.code());
		if (forced != null) {
			return switch (forced.decision()) {
				case APPROVE -> approve(province, item, now);
				case REJECT -> Verdict.rejected(opinion(item, "审核不通过（模拟器按指令驳回）", now));
				case REFUSE -> Verdict.refused(forced.resultCode(), "forced by the simulator");
			};
		}
		List<String> filed = item.change() != null && item.change().change() != null
				? changes.domainsFiledElsewhere(item.change().change()) : register.alreadyFiled(item.domains());
		if (!filed.isEmpty()) {
			return Verdict.refused(1005, String.join(", ", filed));
		}
		for (String name : item.names()) {
			if (name != null && name.contains(settings.rejectMarker())) {
				return Verdict.rejected(opinion(item, "名称“%s”不符合要求，请修改后重新提交".formatted(name), now));
			}
		}
		return approve(province, item, now);
	}

	private Verdict approve(Province province, ReviewItem item, Instant now) {
		try {
			ChangeUnderReview change = item.change();
			if (change == null) {
				return Verdict.approved(register.file(province, item, now));
			}
			if (change.change() != null) {
				return Verdict.approved(changes.applyChange(province, change.change(), item.row().id(), now));
			}
			changes.cancel(province, change.cancel(), item.row().id(), now);
			return Verdict.approved(null);
		}
		catch (RefusedData ex) {
			return Verdict.refused(ex.resultCode(), ex.getMessage());
		}
	}

	// Jlid is a number: for a first filing our IspZtid, which its result's Bs also is, so the two can be matched; for
	// a change the entity's Ztid, for a cancellation the target's id (BUREAU-PROTOCOL-CHANGES.md §3)
	private static ReviewOpinion opinion(ReviewItem item, String text, Instant now) {
		Long recordId = switch (item.czlx()) {
			case 1 -> item.row().ispZtid();
			case 2 -> item.row().ztid();
			case 3 -> item.row().wzid();
			case 4, 5, 6, 7 -> item.change().jlid();
			default -> null;
		};
		return new ReviewOpinion(REVIEWER_NAME, OPINION_TIME.format(now.atZone(ChinaTime.ZONE)), text, false,
				item.czlx() == 0 ? null : item.czlx(), String.valueOf(recordId != null ? recordId : item.row().id()));
	}

}
