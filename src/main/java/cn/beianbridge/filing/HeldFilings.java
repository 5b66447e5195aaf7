package cn.beianbridge.filing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;

/**
 * Held filings checked again against today's province rules (after a change of config/provinces.yml): one that
 * passes goes back to RECEIVED, the next submit run takes it; one that does not stays HELD with today's reasons.
 * A filing held at submission (its record broke the bureau's schema) is checked by the submission again.
 */
@Service
public class HeldFilings {

	private final Filings filings;

	private final FilingTransitions transitions;

	private final ProvinceRuleCheck rules;

	private final ProvinceCatalogue provinces;

	HeldFilings(Filings filings, FilingTransitions transitions, ProvinceRuleCheck rules, ProvinceCatalogue provinces) {
		this.filings = filings;
		this.transitions = transitions;
		this.rules = rules;
		this.provinces = provinces;
	}

	/**
	 * @throws IllegalStateException when the filing is not HELD (nothing changed)
	 */
	@Transactional
	public Recheck recheck(long id, String actor) {
		FilingSummary filing = filings.find(id).orElseThrow(() -> new IllegalArgumentException("No filing " + id));
		if (filing.state() != FilingState.HELD) {
			throw new IllegalStateException("Filing " + filing.consoleFilingId() + " is " + filing.state() + ", not HELD");
		}
		FilingDocument document = filings.document(id).orElseThrow();
		Province province = provinces.get(document.province());
		List<Reason> today = new ArrayList<>();
		if (!province.enabled()) {
			today.add(Reason.of("province-disabled", "$.province",
					"Filing with " + province.name() + " (" + province.code() + ") is not enabled on this system"));
		}
		today.addAll(rules.check(document, province));
		List<Reason> before = filings.currentHoldReasons(id);
		if (today.isEmpty()) {
			transitions.released(id, actor, "re-checked against today's province rules: passes");
			return new Recheck(FilingState.RECEIVED, before, List.of());
		}
		if (!today.equals(before)) {
			transitions.held(id, FilingState.HELD, today, actor,
					"re-checked against today's province rules: " + today.size() + " rule(s) failed");
		}
		return new Recheck(FilingState.HELD, before, today);
	}

	/**
	 * @param state where the filing stands after the re-check
	 * @param before the reasons it was held for
	 * @param after the reasons it is held for now (empty: released)
	 */
	public record Recheck(FilingState state, List<Reason> before, List<Reason> after) {

		public Recheck {
			before = List.copyOf(before);
			after = List.copyOf(after);
		}

		public boolean changed() {
			return state != FilingState.HELD || !before.equals(after);
		}

	}

}
