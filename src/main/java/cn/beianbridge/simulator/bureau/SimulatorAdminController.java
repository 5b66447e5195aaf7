package cn.beianbridge.simulator.bureau;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.beianbridge.simulator.ConditionalOnSimulators;

/**
 * The demo's levers on the simulated bureaus, as JSON (a scanned controller, hence its own condition). Reached as {@code /simulator/bureau/{code}/faults} and
 * {@code /decisions} through {@link SimulatorAdminForward}, since the web-services servlet owns that path.
 * <pre>
 * GET    .../faults      the current switches
 * POST   .../faults      {"maintenanceUploads": true, "replyDelayMs": 2000, ...}: the given ones change;
 *                        {"refusedUploads": 1, "refusalCode": 5}: the next upload refused with msg_code 5
 * DELETE .../faults      all off
 * GET    .../decisions   the decisions forced on the next records
 * POST   .../decisions   {"decision": "REFUSE", "resultCode": 1020}: queued for the next record
 * GET    .../cancellation-play   how cancellations (ZXSJ) are handed out
 * POST   .../cancellation-play   {"withResults": true, "onePerFile": false, "repeated": true, "websiteFirst": true}
 * DELETE .../cancellation-play   as configured
 * POST   .../cancellations       {"target": "浙ICP备2026000001号-1", "remark": "强制注销：网站无法访问"}: cancelled
 *                                now (target: an ICP number, Ztid or Wzid of this province), told at the next download
 * POST   .../cancellations/unknown   {"kind": 1, "bureauId": 999999, "remark": "..."}: a ZXSJ record of an id
 *                                    the bureau never gave
 * </pre>
 */
@RestController
@ConditionalOnSimulators
@RequestMapping(SimulatorAdminController.PATH + "/{code}")
class SimulatorAdminController {

	static final String PATH = "/simulator/bureau-admin";

	private final BureauSimulator simulator;

	SimulatorAdminController(BureauSimulator simulator) {
		this.simulator = simulator;
	}

	@GetMapping("/faults")
	FaultSwitches faults(@PathVariable String code) {
		return simulator.faults(code).current();
	}

	@PostMapping("/faults")
	FaultSwitches change(@PathVariable String code, @RequestBody FaultSwitches.Change change) {
		return simulator.faults(code).change(change).current();
	}

	@DeleteMapping("/faults")
	FaultSwitches reset(@PathVariable String code) {
		return simulator.faults(code).reset().current();
	}

	@GetMapping("/decisions")
	List<ForcedDecision> decisions(@PathVariable String code) {
		return simulator.forcedDecisions(code);
	}

	@PostMapping("/decisions")
	List<ForcedDecision> force(@PathVariable String code, @RequestBody ForcedDecision decision) {
		simulator.forceNext(code, decision);
		return simulator.forcedDecisions(code);
	}

	@GetMapping("/cancellation-play")
	CancellationPlay cancellationPlay(@PathVariable String code) {
		return simulator.cancellationPlay(code);
	}

	@PostMapping("/cancellation-play")
	CancellationPlay playCancellations(@PathVariable String code, @RequestBody CancellationPlay change) {
		return simulator.playCancellations(code, change);
	}

	@DeleteMapping("/cancellation-play")
	CancellationPlay resetCancellationPlay(@PathVariable String code) {
		simulator.resetCancellationPlay(code);
		return simulator.cancellationPlay(code);
	}

	@PostMapping("/cancellations")
	SimulatedCancellation cancel(@PathVariable String code, @RequestBody CancellationRequest request) {
		return simulator.cancel(code, request.target(), request.remark());
	}

	@PostMapping("/cancellations/unknown")
	SimulatedCancellation cancelUnknown(@PathVariable String code, @RequestBody UnknownCancellationRequest request) {
		if (request.kind() == null || request.bureauId() == null) {
			throw new IllegalArgumentException("kind (Zxlb, 0 or 1) and bureauId (Jlid) are required");
		}
		return simulator.cancelUnknown(code, request.kind(), request.bureauId(), request.remark());
	}

	/** @param target an ICP number, {@code Ztid} or {@code Wzid} */
	record CancellationRequest(String target, String remark) {
	}

	record UnknownCancellationRequest(Integer kind, Long bureauId, String remark) {
	}

	@ExceptionHandler({ IllegalArgumentException.class, HttpMessageNotReadableException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Map<String, Object> badRequest(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
			cause = cause.getCause();
		}
		return Map.of("errors", List.of(Map.of("text", String.valueOf(cause.getMessage()))));
	}

}
