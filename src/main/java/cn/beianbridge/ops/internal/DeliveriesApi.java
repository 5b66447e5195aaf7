package cn.beianbridge.ops.internal;

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

@RestController
@RequestMapping(OpsSecurityConfiguration.API + "/deliveries")
@Tag(name = "Deliveries", description = "Console events and notifications that did not get through")
class DeliveriesApi {

	private final DeliveryOperations deliveries;

	DeliveriesApi(DeliveryOperations deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping
	@Operation(summary = "Console events (kind=event, the default) or notifications (kind=notification) by status "
			+ "(DEAD when absent, ANY), type, channel, notice, filing, province (events), from and to (dates in "
			+ "China, both included); the first 200 with the count of all matching")
	Map<String, Object> list(@RequestParam Map<String, String> parameters) {
		DeliveryFilter filter = DeliveryFilter.of(BulkQuery.of(parameters));
		if (filter.kind() == DeliveryFilter.Kind.EVENT) {
			return Map.of("kind", "event", "count", deliveries.countEvents(filter), "items",
					deliveries.events(filter));
		}
		return Map.of("kind", "notification", "count", deliveries.countNotifications(filter), "items",
				deliveries.notifications(filter));
	}

	@PostMapping("/events/{eventId}/redeliver")
	@Operation(summary = "Put a DEAD console event back in the queue, due now (OPERATOR)")
	Map<String, Object> redeliver(@PathVariable String eventId, @RequestBody Reasoned body) {
		deliveries.redeliverEvent(eventId, body.reason());
		return Map.of("eventId", eventId, "status", "PENDING");
	}

	@PostMapping("/notifications/{id}/resend")
	@Operation(summary = "Put a DEAD notification back in the queue, due now (OPERATOR)")
	Map<String, Object> resend(@PathVariable long id, @RequestBody Reasoned body) {
		deliveries.resendNotification(id, body.reason());
		return Map.of("id", id, "status", "PENDING");
	}

}
