package cn.beianbridge.ops.internal;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.HeldFilings;

@Controller
@RequestMapping(OpsSecurityConfiguration.PAGES + "/filings")
class FilingsPage {

	private static final String BACK = OpsSecurityConfiguration.PAGES + "/filings/";

	private final FilingOperations filings;

	FilingsPage(FilingOperations filings) {
		this.filings = filings;
	}

	@GetMapping
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
			@RequestParam(required = false) String state, @RequestParam(required = false) String deadlineFrom,
			@RequestParam(required = false) String deadlineTo, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("states", FilingState.values());
		// a wrong filter is answered by OpsPageProblems: why, with its status
		model.addAttribute("result", filings.search(q, province, state, deadlineFrom, deadlineTo, page));
		FilingState shown = FilingFilter.of(q, province, state, deadlineFrom, deadlineTo).state();
		model.addAttribute("bulkRecheck", shown == FilingState.HELD);
		model.addAttribute("bulkCancel", shown != null && FilingOperations.cancellable(shown));
		Map<String, String> query = new HashMap<>();
		query.put("q", q);
		query.put("province", province);
		query.put("state", state);
		query.put("deadlineFrom", deadlineFrom);
		query.put("deadlineTo", deadlineTo);
		model.addAttribute("bulkQuery", BulkQuery.of(query).toString());
		return "ops/filings";
	}

	@GetMapping("/{id}")
	String filing(@PathVariable long id, Model model) {
		model.addAttribute("view", filings.filing(id));
		return "ops/filing";
	}

	/** The unmasked page is this answer, never a redirect to a page that would show it again, and not cached. */
	@PostMapping("/{id}/unmask")
	String unmask(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		try {
			model.addAttribute("view", filings.unmask(id, reason));
		}
		catch (OpsProblem problem) {
			flash.addFlashAttribute(PageActions.REFUSED, problem.getMessage());
			return "redirect:" + BACK + id;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setHeader(HttpHeaders.PRAGMA, "no-cache");
		return "ops/filing";
	}

	@PostMapping("/{id}/recheck")
	String recheck(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK + id, () -> {
			HeldFilings.Recheck recheck = filings.recheck(id, reason);
			return recheck.state() == FilingState.RECEIVED ? "Re-checked: passes today's rules, RECEIVED (in the queue)"
					: "Re-checked: still HELD, " + recheck.after().size() + " reason(s)";
		});
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK + id, () -> {
			filings.cancel(id, reason);
			return "Cancelled; the console gets a CANCELLED event";
		});
	}

}
