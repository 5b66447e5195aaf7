package cn.beianbridge.filing;

import java.util.List;
import java.util.Optional;

/**
 * The outbox's console deliveries as operators look at them: which events wait, which are DEAD and why. Reads only;
 * a DEAD event is put back in the queue through sync's {@code EventDelivery}.
 */
public interface ConsoleEvents {

	/** The events matching, oldest first, at most {@code limit}. */
	List<ConsoleEventDelivery> find(ConsoleEventQuery query, int limit);

	long count(ConsoleEventQuery query);

	Optional<ConsoleEventDelivery> find(String eventId);

}
