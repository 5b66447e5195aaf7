package cn.beianbridge.ops.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import cn.beianbridge.shared.ChinaTime;

/** The audit log: filterable (the filters stay in the URL), newest first, paged back; all of it as CSV. */
@Controller
class AuditPages {

	static final int PAGE = 50;

	private final OpsAudit audit;

	AuditPages(OpsAudit audit) {
		this.audit = audit;
	}

	@GetMapping(OpsSecurityConfiguration.PAGES + "/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String target, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Long before, Model model) {
		AuditQuery query = query(actor, action, target, from, to, before);
		List<AuditEntry> entries = audit.find(query, PAGE + 1);
		model.addAttribute("entries", entries.size() > PAGE ? entries.subList(0, PAGE) : entries);
		model.addAttribute("olderFrom", entries.size() > PAGE ? entries.get(PAGE - 1).id() : null);
		model.addAttribute("filter", query);
		model.addAttribute("fromDay", from);
		model.addAttribute("toDay", to);
		return "ops/audit";
	}

	@GetMapping(value = OpsSecurityConfiguration.PAGES + "/audit.csv", produces = "text/csv")
	@ResponseBody
	void csv(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String target, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
		AuditQuery query = query(actor, action, target, from, to, null);
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"beian-bridge-audit.csv\"");
		AuditCsv.write(audit, query, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

	/** The filters as typed: a day is a China day ({@code to} inclusive); a wrong one names its field. */
	static AuditQuery query(String actor, String action, String target, String from, String to, Long before) {
		return new AuditQuery(blankToNull(actor), blankToNull(action), blankToNull(target), day("from", from, 0),
				day("to", to, 1), before);
	}

	private static Instant day(String field, String text, int plusDays) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip()).plusDays(plusDays).atStartOfDay(ChinaTime.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw OpsProblem.badInput(field, "a day as yyyy-MM-dd, not '" + text + "'");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The CSV of the audit log (RFC 4180; UTF-8 with a BOM so spreadsheet programs read the Chinese right). */
	static final class AuditCsv {

		private static final String HEADER = "id,at,actor,role,action,target,parameters,reason,dry_run_count,outcome,"
				+ "state_before,state_after,node\r\n";

		private AuditCsv() {
		}

		static void write(OpsAudit audit, AuditQuery query, Writer out) throws IOException {
			out.write('\uFEFF');
			out.write(HEADER);
			AuditQuery page = query;
			while (true) {
				List<AuditEntry> entries = audit.find(page, 1000);
				for (AuditEntry e : entries) {
					out.write(String.join(",", String.valueOf(e.id()), e.at().toString(), cell(e.actor()),
							cell(e.role()), cell(e.action()), cell(e.target()), cell(e.parameters()), cell(e.reason()),
							e.dryRunCount() == null ? "" : e.dryRunCount().toString(), cell(e.outcome()),
							cell(e.stateBefore()), cell(e.stateAfter()), cell(e.node())));
					out.write("\r\n");
				}
				if (entries.size() < 1000) {
					break;
				}
				page = new AuditQuery(query.actor(), query.action(), query.target(), query.from(), query.to(),
						entries.get(entries.size() - 1).id());
			}
			out.flush();
		}

		/** A cell quoted when it must be; a leading =, +, - or @ is defused (no formula runs in a spreadsheet). */
		static String cell(String text) {
			if (text == null) {
				return "";
			}
			String value = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
			if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
				return "\"" + value.replace("\"", "\"\"") + "\"";
			}
			return value;
		}

	}

}
