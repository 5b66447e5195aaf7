package cn.beianbridge.ops.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.beianbridge.filing.HeldFilings;

@RestController
@RequestMapping(OpsSecurityConfiguration.API + "/filings")
@Tag(name = "Filings", description = "Search, detail (personal data masked), unmask, re-check a held filing, cancel")
class FilingsApi {

	private final FilingOperations filings;

	FilingsApi(FilingOperations filings) {
		this.filings = filings;
	}

	@GetMapping
	@Operation(summary = "Search by console filing id, ICP number, domain, website name, ID number/mobile/email "
			+ "(exact), province, state, deadline window; 50 per page, newest first")
	FilingOperations.SearchResult search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String province, @RequestParam(required = false) String state,
			@RequestParam(required = false) String deadlineFrom, @RequestParam(required = false) String deadlineTo,
			@RequestParam(required = false) Integer page) {
		return filings.search(q, province, state, deadlineFrom, deadlineTo, page);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One filing: history, reasons, events, notifications; personal data masked")
	FilingView filing(@PathVariable long id) {
		return filings.filing(id);
	}

	@PostMapping("/{id}/unmask")
	@Operation(summary = "The filing with its personal data in full (ADMIN, audited); not cached, and a repeat of "
			+ "the Idempotency-Key is refused (409): shown once")
	ResponseEntity<FilingView> unmask(@PathVariable long id, @RequestBody Reasoned body,
			jakarta.servlet.http.HttpServletRequest request) {
		request.setAttribute(IdempotencyFilter.SECRET_ANSWER, Boolean.TRUE);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(filings.unmask(id, body.reason()));
	}

	@PostMapping("/{id}/recheck")
	@Operation(summary = "Re-check a HELD filing against today's province rules (OPERATOR)")
	HeldFilings.Recheck recheck(@PathVariable long id, @RequestBody Reasoned body) {
		return filings.recheck(id, body.reason());
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel a filing not yet with the bureau, HELD or RECEIVED (ADMIN); the console gets CANCELLED")
	FilingView cancel(@PathVariable long id, @RequestBody Reasoned body) {
		filings.cancel(id, body.reason());
		return filings.filing(id);
	}

}
