package cn.beianbridge.ops.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.beianbridge.scheduling.JobExecutions.Execution;
import cn.beianbridge.submission.UploadFiles;

@RestController
@RequestMapping(OpsSecurityConfiguration.API + "/jobs")
@Tag(name = "Job executions", description = "The province jobs' runs (Spring Batch) and what may be done with them")
class JobsApi {

	private final JobOperations jobs;

	JobsApi(JobOperations jobs) {
		this.jobs = jobs;
	}

	@GetMapping
	@Operation(summary = "Runs matching the filter, newest first, 20 a page (dates as 2026-12-01)")
	JobOperations.JobList list(@RequestParam(required = false) String job,
			@RequestParam(required = false) String status, @RequestParam(required = false) String province,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String error, @RequestParam(required = false) Integer page) {
		return jobs.list(new JobOperations.JobFilter(job, status, province, from, to, error, page));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One run with its steps (the province partitions) and why each action is not possible now")
	Execution one(@PathVariable long id) {
		return jobs.execution(id);
	}

	@GetMapping("/{id}/files")
	@Operation(summary = "For each province step of a submit run (by step id), the upload files it worked, with their "
			+ "moves during the step and their filings; none for other runs")
	Map<Long, List<UploadFiles.MovedFile>> files(@PathVariable long id) {
		return jobs.stepFiles(jobs.execution(id));
	}

	@PostMapping("/{id}/restart")
	@Operation(summary = "Restart a FAILED or STOPPED run (ADMIN): only its unfinished provinces; returns the new run")
	Execution restart(@PathVariable long id, @RequestBody Reasoned body) {
		return jobs.restart(id, body.reason());
	}

	@PostMapping("/{id}/stop")
	@Operation(summary = "Stop a running run (OPERATOR)")
	Execution stop(@PathVariable long id, @RequestBody Reasoned body) {
		return jobs.stop(id, body.reason());
	}

	@PostMapping("/{id}/recover")
	@Operation(summary = "Mark a run its dead node left FAILED (ADMIN), so it can be restarted")
	Execution recover(@PathVariable long id, @RequestBody Reasoned body) {
		return jobs.recover(id, body.reason());
	}

	@PostMapping("/{id}/abandon")
	@Operation(summary = "Abandon a run that is over (ADMIN): it is never restarted")
	Execution abandon(@PathVariable long id, @RequestBody Reasoned body) {
		return jobs.abandon(id, body.reason());
	}

}
