package cn.beianbridge.ops.internal;

import java.time.Instant;
import java.util.List;

import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.HistoryEntry;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.filing.RecordedReason;
import cn.beianbridge.submission.FilingUploads;

/**
 * One filing as the console shows it: where it stands and how it got there, its people (masked unless
 * {@code unmasked}), websites, the upload files it went in, console events and notifications. The files received
 * from the bureau are named in the history (the cause of each decision).
 *
 * @param people null when its personal data was purged (a decided filing past its retention)
 * @param events the console events as the console got them, personal values in their texts masked
 */
public record FilingView(FilingSummary filing, boolean unmasked, String entityName, String entityNature,
		List<PersonView> people, List<WebsiteView> websites, List<HistoryEntry> history, List<Reason> holdReasons,
		List<RecordedReason> reasons, List<FilingUploads.UploadFile> uploads, List<EventView> events,
		List<NotificationView> notifications) {

	/** @param role who the person is to the filing, e.g. {@code entity}, {@code website W1}, {@code emergency} */
	public record PersonView(String role, String name, String certificateType, String certificateNumber,
			String mobile, String email) {
	}

	public record WebsiteView(String consoleWebsiteId, String name, List<String> domains, String icpNumber) {
	}

	public record EventView(String type, Instant occurredAt, String payload) {
	}

	public record NotificationView(long id, String kind, String channel, String recipient, String status,
			int attempts, Instant createdAt, Instant sentAt, String lastError) {
	}

	public boolean held() {
		return filing.state() == cn.beianbridge.filing.FilingState.HELD;
	}

	/** Not yet with the bureau: an ADMIN may cancel it. */
	public boolean cancellable() {
		return filing.state() == cn.beianbridge.filing.FilingState.HELD
				|| filing.state() == cn.beianbridge.filing.FilingState.RECEIVED;
	}

}
