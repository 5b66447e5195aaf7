package cn.beianbridge.ops.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Overview", description = "Where the filings and the gateways stand, per province")
class OverviewApi {

	private final ConsoleOverview overview;

	OverviewApi(ConsoleOverview overview) {
		this.overview = overview;
	}

	@GetMapping(OpsSecurityConfiguration.API + "/overview")
	@Operation(summary = "Per province: waiting, at risk, missed, in review, overdue, awaiting numbers, decided today; "
			+ "gateway state; running and suspected-dead runs, stuck triggers, calendar years, DEAD deliveries, quarantine")
	ConsoleOverview.Overview overview() {
		return overview.overview();
	}

}
