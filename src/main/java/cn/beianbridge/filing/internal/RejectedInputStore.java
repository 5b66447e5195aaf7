package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/** The kept rejected inputs as rows ({@code rejected_input}; payload and errors sealed). */
@Component
public class RejectedInputStore {

	private final EventMapper mapper;

	RejectedInputStore(EventMapper mapper) {
		this.mapper = mapper;
	}

	/** Without the raw payload. */
	public List<Row> list(boolean openOnly, int limit) {
		return mapper.findRejectedInputs(openOnly, limit);
	}

	public Row find(long id) {
		return mapper.findRejectedInput(id);
	}

	/** @return false when it was settled already */
	public boolean resolve(long id, Instant at, String by, String resolution) {
		return mapper.resolveRejectedInput(id, at, by, resolution.length() > 255 ? resolution.substring(0, 254) + "…"
				: resolution) == 1;
	}

	/** @param rawPayload sealed, null in lists; @param errors sealed JSON */
	public record Row(long id, String source, String sourceRef, String consoleFilingId, String rawPayload,
			String errors, Instant receivedAt, Instant resolvedAt, String resolvedBy, String resolution) {

		@Override
		public String toString() {
			return "Row[id=%s, source=%s, consoleFilingId=%s, receivedAt=%s, resolution=%s]".formatted(id, source,
					consoleFilingId, receivedAt, resolution);
		}

	}

}
