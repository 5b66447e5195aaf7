package cn.beianbridge.ops.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.beianbridge.scheduling.Schedules.Firing;
import cn.beianbridge.scheduling.Schedules.Schedule;

@RestController
@RequestMapping(OpsSecurityConfiguration.API + "/schedules")
@Tag(name = "Schedules", description = "Every scheduled job: pause, resume, fire now, its cron")
class SchedulesApi {

	private final ScheduleOperations schedules;

	SchedulesApi(ScheduleOperations schedules) {
		this.schedules = schedules;
	}

	@GetMapping
	@Operation(summary = "Every job with its cron, next and previous firing, and the node that ran it last")
	List<Schedule> list() {
		return schedules.schedules();
	}

	@GetMapping("/{job}")
	Schedule one(@PathVariable String job) {
		return schedules.schedule(job);
	}

	@GetMapping("/{job}/preview")
	@Operation(summary = "The next five firings of a cron (Asia/Shanghai); on business-days-only jobs, which are skipped")
	List<Firing> preview(@PathVariable String job, @RequestParam String cron) {
		return schedules.preview(job, cron);
	}

	@PostMapping("/{job}/pause")
	@Operation(summary = "Pause the job (OPERATOR), also over restarts")
	Schedule pause(@PathVariable String job, @RequestBody Reasoned body) {
		schedules.pause(job, body.reason());
		return schedules.schedule(job);
	}

	@PostMapping("/{job}/resume")
	@Operation(summary = "Resume a paused job (OPERATOR)")
	Schedule resume(@PathVariable String job, @RequestBody Reasoned body) {
		schedules.resume(job, body.reason());
		return schedules.schedule(job);
	}

	@PostMapping("/{job}/trigger")
	@Operation(summary = "Fire the job once now (OPERATOR)")
	Schedule trigger(@PathVariable String job, @RequestBody Reasoned body) {
		schedules.trigger(job, body.reason());
		return schedules.schedule(job);
	}

	@PostMapping("/{job}/cron")
	@Operation(summary = "Set the job's cron (ADMIN), kept over restarts")
	Schedule cron(@PathVariable String job, @RequestBody CronChange body) {
		schedules.changeCron(job, body.cron(), body.reason());
		return schedules.schedule(job);
	}

	/** A new cron (Quartz, seconds first, Asia/Shanghai) and the person's reason. */
	record CronChange(String cron, String reason) {
	}

}
