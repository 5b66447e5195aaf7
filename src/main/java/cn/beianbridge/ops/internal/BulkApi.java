package cn.beianbridge.ops.internal;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(OpsSecurityConfiguration.API + "/bulk")
@Tag(name = "Bulk actions", description = "Actions on every target a query selects: a dry run, then the run with a "
		+ "reason and the confirmed count; server-side, cancellable, a result per target")
class BulkApi {

	private final BulkRuns runs;

	BulkApi(BulkRuns runs) {
		this.runs = runs;
	}

	@GetMapping("/dry-run")
	@Operation(summary = "Count and sample of what the action would do, changing nothing (ADMIN); every other "
			+ "parameter is the list page's filter, e.g. action=events.redeliver&type=HELD&province=33")
	BulkRuns.DryRun dryRun(@RequestParam(required = false) String action,
			@RequestParam Map<String, String> parameters) {
		parameters.remove("action");
		return runs.dryRun(action, BulkQuery.of(parameters));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Start a run (ADMIN) with the dry run's count: refused (409) when the query matches another "
			+ "count now; poll GET /bulk/{id}")
	Map<String, Object> start(@RequestBody Start body) {
		long id = runs.start(body.action(), BulkQuery.of(body.query() == null ? Map.of() : body.query()), body.reason(),
				body.expectedCount());
		return Map.of("id", id, "run", runs.run(id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A run: its status, counts and the result per target")
	Map<String, Object> run(@PathVariable long id) {
		return Map.of("run", runs.run(id), "items", runs.items(id, BulkPage.ITEMS_SHOWN));
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel a running run (ADMIN): it stops after the target it works on, the rest skipped")
	BulkRun cancel(@PathVariable long id) {
		return runs.cancel(id);
	}

	/** @param query the list page's filters, e.g. {@code {"type": "HELD", "province": "33"}} */
	record Start(String action, Map<String, String> query, String reason, Integer expectedCount) {
	}

}
