package cn.beianbridge.simulator.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.beianbridge.filing.ContractCheck;
import cn.beianbridge.filing.FilingContract;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.ProvinceRuleCheck;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.province.ConfiguredProvinces;
import cn.beianbridge.support.FilingJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo console must show the real flow: mostly good filings, a few held, a few rejected, some repeats, and
 * early on some that the simulated bureau will reject or refuse.
 */
class SimulatedFilingsTests {

	final ProvinceCatalogue provinces = ConfiguredProvinces.catalogue();

	final SimulatedFilings simulated = new SimulatedFilings(provinces, "驳回", FilingJson.SIMULATED_BUREAU_PASSWORD_MD5);

	final FilingContract contract = new FilingContract(provinces.abbreviationsByProvince());

	final ProvinceRuleCheck rules = new ProvinceRuleCheck(provinces);

	@Test
	void aHundredDemoFilingsAreMostlyValidWithSomeHeldSomeRejectedAndSomeRepeated() {
		List<Integer> rejected = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		int held = 0;
		for (int n = 0; n < 100; n++) {
			ContractCheck check = contract.check(simulated.filing(n, Instant.parse("2026-11-28T13:53:00Z")));
			ids.add(check.consoleFilingId());
			if (!check.valid()) {
				rejected.add(n);
			}
			else if (!rules.check(check.document()).isEmpty()) {
				held++;
			}
		}

		// every 23rd carries a mistyped ID; offer 50 repeats filing 45, so it is rejected again
		assertThat(rejected).containsExactly(22, 45, 50, 68, 91);
		assertThat(held).isBetween(5, 40);
		assertThat(ids.stream().distinct().count()).isLessThan(100);
	}

	@Test
	void amongTheFirstOffersTheBureauHasOneToRejectAndOneToRefuse() {
		List<FilingDocument> submittable = new ArrayList<>();
		for (int n = 0; n < 10; n++) {
			ContractCheck check = contract.check(simulated.filing(n, Instant.parse("2026-11-28T13:53:00Z")));
			if (check.valid() && rules.check(check.document()).isEmpty()) {
				submittable.add(check.document());
			}
		}

		// the simulated reviewers reject a name carrying the marker
		assertThat(submittable).filteredOn(f -> f.websites().get(0).name().contains("驳回")).isNotEmpty();
		// the simulated bureau refuses (1005) a domain filed already: two customers, one domain, one province
		Map<String, List<FilingDocument>> byDomain = submittable.stream()
			.collect(Collectors.groupingBy(f -> f.province() + " " + f.websites().get(0).domains().get(0)));
		assertThat(byDomain.values()).filteredOn(same -> same.size() > 1).singleElement()
			.satisfies(same -> assertThat(same).extracting(FilingDocument::consoleFilingId).doesNotHaveDuplicates());
	}

}
