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

import cn.beianbridge.download.QuarantinedResult;

@RestController
@RequestMapping(OpsSecurityConfiguration.API + "/quarantine")
@Tag(name = "Quarantine", description = "Results the download could not apply: attach to a filing, dismiss")
class QuarantineApi {

	private final QuarantineOperations quarantine;

	QuarantineApi(QuarantineOperations quarantine) {
		this.quarantine = quarantine;
	}

	@GetMapping
	@Operation(summary = "Quarantined results, newest first; all=true includes the settled ones")
	List<QuarantinedResult> list(@RequestParam(defaultValue = "false") boolean all) {
		return quarantine.list(all);
	}

	@PostMapping("/{id}/attach")
	@Operation(summary = "Apply the result to the filing named (ADMIN), as the download applies a result")
	Map<String, Object> attach(@PathVariable long id, @RequestBody Attach body) {
		return Map.of("id", id, "outcome", quarantine.attach(id, body.filingId(), body.reason()));
	}

	@PostMapping("/{id}/dismiss")
	@Operation(summary = "Dismiss with a reason (OPERATOR)")
	Map<String, Object> dismiss(@PathVariable long id, @RequestBody Reasoned body) {
		quarantine.dismiss(id, body.reason());
		return Map.of("id", id, "resolution", "DISMISSED");
	}

	/** @param filingId our id of the filing the result is for */
	record Attach(Long filingId, String reason) {
	}

}
