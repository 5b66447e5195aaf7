package cn.beianbridge.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What operators (and tests) see of the notifications, and the one repair they need. */
public interface Notifications {

	/** Every notification about a filing, oldest first. */
	List<NotificationRecord> forFiling(String consoleFilingId);

	/** Notifications in a status, oldest first, at most {@code limit}. */
	List<NotificationRecord> withStatus(NotificationStatus status, int limit);

	/** The notifications matching, oldest first, at most {@code limit}, recipients masked. */
	List<NotificationDelivery> find(NotificationQuery query, int limit);

	long count(NotificationQuery query);

	Optional<NotificationDelivery> find(long id);

	/** How many notifications stand in each status (every status present, zero included). */
	Map<NotificationStatus, Long> countByStatus();

	/** Puts a DEAD notification back in the queue, its attempts reset; false when it is not DEAD. */
	boolean resend(long id);

}
