package cn.beianbridge.ops.internal;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /ops/deliveries?kind=event|notification&status=DEAD&...}: what did not get through, and re-sending it. */
@Controller
@RequestMapping(OpsSecurityConfiguration.PAGES + "/deliveries")
class DeliveriesPage {

	private static final String BACK = OpsSecurityConfiguration.PAGES + "/deliveries";

	private final DeliveryOperations deliveries;

	DeliveriesPage(DeliveryOperations deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping
	String list(@RequestParam Map<String, String> parameters, Model model) {
		BulkQuery query = BulkQuery.of(parameters);
		model.addAttribute("query", query.toString());
		try {
			DeliveryFilter filter = DeliveryFilter.of(query);
			model.addAttribute("filter", filter);
			if (filter.kind() == DeliveryFilter.Kind.EVENT) {
				model.addAttribute("events", deliveries.events(filter));
				model.addAttribute("count", deliveries.countEvents(filter));
				model.addAttribute("bulkAction", "events.redeliver");
			}
			else {
				model.addAttribute("notifications", deliveries.notifications(filter));
				model.addAttribute("count", deliveries.countNotifications(filter));
				model.addAttribute("bulkAction", "notifications.resend");
			}
			model.addAttribute("limit", DeliveryOperations.LIST_LIMIT);
		}
		catch (OpsProblem problem) {
			model.addAttribute(PageActions.REFUSED, problem.getMessage());
		}
		return "ops/deliveries";
	}

	@PostMapping("/events/{eventId}/redeliver")
	String redeliver(@PathVariable String eventId, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String back, RedirectAttributes flash) {
		return PageActions.run(flash, back(back), () -> {
			deliveries.redeliverEvent(eventId, reason);
			return "Event " + eventId + " is back in the queue: the next sync run sends it";
		});
	}

	@PostMapping("/notifications/{id}/resend")
	String resend(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String back, RedirectAttributes flash) {
		return PageActions.run(flash, back(back), () -> {
			deliveries.resendNotification(id, reason);
			return "Notification " + id + " is back in the queue: the next delivery poll sends it";
		});
	}

	/** Back to the list with its filters (only ever a query string of this page). */
	private static String back(String query) {
		return query == null || query.isBlank() ? BACK : BACK + "?" + BulkQuery.parse(query);
	}

}
