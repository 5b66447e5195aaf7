package cn.beianbridge.ops.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.beianbridge.scheduling.JobExecutions;

@Controller
@RequestMapping(OpsSecurityConfiguration.PAGES + "/jobs")
class JobsPage {

	private static final String BACK = OpsSecurityConfiguration.PAGES + "/jobs/";

	private final JobOperations jobs;

	JobsPage(JobOperations jobs) {
		this.jobs = jobs;
	}

	/** The filter is a GET form: it stays in the URL, to bookmark or to send. */
	@GetMapping
	String list(@RequestParam(required = false) String job, @RequestParam(required = false) String status,
			@RequestParam(required = false) String province, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String error,
			@RequestParam(required = false) Integer page, Model model) {
		JobOperations.JobFilter filter = new JobOperations.JobFilter(job, status, province, from, to, error, page);
		model.addAttribute("filter", filter);
		try {
			model.addAttribute("list", jobs.list(filter));
		}
		catch (OpsProblem problem) {
			model.addAttribute(PageActions.REFUSED, problem.getMessage());
		}
		return "ops/jobs";
	}

	@GetMapping("/{id}")
	String one(@PathVariable long id, Model model) {
		JobExecutions.Execution execution = jobs.execution(id);
		model.addAttribute("execution", execution);
		model.addAttribute("files", jobs.stepFiles(execution));
		return "ops/job";
	}

	@PostMapping("/{id}/restart")
	String restart(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK + id,
				() -> "Run " + id + " restarted as execution " + jobs.restart(id, reason).id());
	}

	@PostMapping("/{id}/stop")
	String stop(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK + id, () -> "Run " + id + ": " + jobs.stop(id, reason).status());
	}

	@PostMapping("/{id}/recover")
	String recover(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK + id,
				() -> "Run " + id + " recovered: " + jobs.recover(id, reason).status() + ", it can be restarted");
	}

	@PostMapping("/{id}/abandon")
	String abandon(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK + id, () -> "Run " + id + ": " + jobs.abandon(id, reason).status());
	}

}
