package cn.beianbridge.ops.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(OpsSecurityConfiguration.API + "/audit")
@Tag(name = "Audit log", description = "Every change made through the console or its API, and by the scheduler")
class AuditApi {

	private final OpsAudit audit;

	AuditApi(OpsAudit audit) {
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "Newest first, 50 at a time; page back with before=<the last id>; days are China days")
	List<AuditEntry> list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String target, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Long before) {
		return audit.find(AuditPages.query(actor, action, target, from, to, before), AuditPages.PAGE);
	}

	@GetMapping(value = ".csv", produces = "text/csv")
	@Operation(summary = "Every matching row as CSV")
	void csv(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String target, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv; charset=UTF-8");
		AuditPages.AuditCsv.write(audit, AuditPages.query(actor, action, target, from, to, null),
				new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

}
