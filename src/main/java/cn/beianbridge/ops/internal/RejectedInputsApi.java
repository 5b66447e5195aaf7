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

import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.RejectedInput;

@RestController
@RequestMapping(OpsSecurityConfiguration.API + "/rejected")
@Tag(name = "Rejected inputs", description = "Input that broke the contract: errors, re-check")
class RejectedInputsApi {

	private final RejectedInputOperations rejected;

	RejectedInputsApi(RejectedInputOperations rejected) {
		this.rejected = rejected;
	}

	@GetMapping
	@Operation(summary = "Rejected inputs, newest first, with every error; all=true includes the settled ones")
	List<RejectedInput> list(@RequestParam(defaultValue = "false") boolean all) {
		return rejected.list(all);
	}

	@PostMapping("/{id}/recheck")
	@Operation(summary = "Run the input through intake again (OPERATOR): taken in when it now passes")
	IntakeResult recheck(@PathVariable long id, @RequestBody Reasoned body) {
		return rejected.recheck(id, body.reason());
	}

	@PostMapping("/{id}/dismiss")
	@Operation(summary = "Dismiss a rejected input nobody will take in (OPERATOR), with a reason")
	Map<String, Object> dismiss(@PathVariable long id, @RequestBody Reasoned body) {
		rejected.dismiss(id, body.reason());
		return Map.of("rejectedInput", id, "settled", "dismissed");
	}

}
