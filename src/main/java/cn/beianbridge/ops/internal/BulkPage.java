package cn.beianbridge.ops.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A bulk action's dry run ({@code /ops/bulk/dry-run?action=&query=}), its start with a reason and the confirmed count,
 * and the run's page ({@code /ops/bulk/{id}}), whose progress htmx polls while it runs.
 */
@Controller
@RequestMapping(OpsSecurityConfiguration.PAGES + "/bulk")
class BulkPage {

	static final int ITEMS_SHOWN = 500;

	private final BulkRuns runs;

	BulkPage(BulkRuns runs) {
		this.runs = runs;
	}

	@GetMapping("/dry-run")
	String dryRun(@RequestParam(required = false) String action, @RequestParam(required = false) String query,
			Model model) {
		model.addAttribute("dryRun", runs.dryRun(action, BulkQuery.parse(query)));
		return "ops/bulk-dry-run";
	}

	@PostMapping
	String start(@RequestParam(required = false) String action, @RequestParam(required = false) String query,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String expectedCount,
			RedirectAttributes flash) {
		try {
			long id = runs.start(action, BulkQuery.parse(query), reason, count(expectedCount));
			flash.addFlashAttribute(PageActions.DONE, "Bulk run " + id + " started");
			return "redirect:" + OpsSecurityConfiguration.PAGES + "/bulk/" + id;
		}
		catch (OpsProblem problem) {
			flash.addFlashAttribute(PageActions.REFUSED, problem.getMessage());
			return "redirect:" + UriComponentsBuilder.fromPath(OpsSecurityConfiguration.PAGES + "/bulk/dry-run")
				.queryParam("action", action)
				.queryParam("query", query)
				.encode()
				.build()
				.toUriString();
		}
	}

	@GetMapping("/{id}")
	String run(@PathVariable long id, Model model) {
		BulkRun run = runs.run(id);
		model.addAttribute("run", run);
		model.addAttribute("description", runs.describe(run.action()));
		model.addAttribute("items", runs.items(id, ITEMS_SHOWN));
		return "ops/bulk-run";
	}

	/** The progress and the items, which htmx swaps in every second while the run runs. */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("run", runs.run(id));
		model.addAttribute("items", runs.items(id, ITEMS_SHOWN));
		return "ops/bulk-run :: progress";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes flash) {
		return PageActions.run(flash, OpsSecurityConfiguration.PAGES + "/bulk/" + id, () -> {
			runs.cancel(id);
			return "Bulk run " + id + ": cancelled; the targets not worked yet are skipped";
		});
	}

	private static Integer count(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw OpsProblem.badInput("expectedCount", "a number");
		}
	}

}
