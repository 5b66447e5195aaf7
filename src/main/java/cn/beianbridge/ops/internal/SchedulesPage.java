package cn.beianbridge.ops.internal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping(OpsSecurityConfiguration.PAGES + "/schedules")
class SchedulesPage {

	private static final String BACK = OpsSecurityConfiguration.PAGES + "/schedules";

	private final ScheduleOperations schedules;

	SchedulesPage(ScheduleOperations schedules) {
		this.schedules = schedules;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("schedules", schedules.schedules());
		return "ops/schedules";
	}

	/** The preview beside the cron field, as the admin types (htmx). */
	@GetMapping("/{job}/preview")
	String preview(@PathVariable String job, @RequestParam(required = false) String cron, Model model) {
		try {
			model.addAttribute("firings", schedules.preview(job, cron));
		}
		catch (OpsProblem problem) {
			if (problem.status() == HttpStatus.NOT_FOUND) {
				throw problem;
			}
			model.addAttribute(PageActions.REFUSED, problem.getMessage());
		}
		return "ops/schedules :: preview";
	}

	@PostMapping("/{job}/pause")
	String pause(@PathVariable String job, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			schedules.pause(job, reason);
			return "Job " + job + " paused";
		});
	}

	@PostMapping("/{job}/resume")
	String resume(@PathVariable String job, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			schedules.resume(job, reason);
			return "Job " + job + " resumed";
		});
	}

	@PostMapping("/{job}/trigger")
	String trigger(@PathVariable String job, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			schedules.trigger(job, reason);
			return "Job " + job + " fired";
		});
	}

	@PostMapping("/{job}/cron")
	String cron(@PathVariable String job, @RequestParam(required = false) String cron,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			schedules.changeCron(job, cron, reason);
			return "Job " + job + ": cron '" + cron.strip() + "' set, kept over restarts";
		});
	}

}
