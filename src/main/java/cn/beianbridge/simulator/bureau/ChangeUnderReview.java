package cn.beianbridge.simulator.bureau;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.beianbridge.bureau.peer.UploadedFile.UploadedCancel;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedChange;
import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewChangeRow;

/**
 * A change ({@code Bgxx}) or cancellation ({@code Zx_xx}) in front of the reviewers: exactly one of the two is set.
 * Kept in {@code sim_review_change} as the reader read it, so approving it later needs nothing else.
 */
record ChangeUnderReview(UploadedChange change, UploadedCancel cancel) {

	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	static ChangeUnderReview of(UploadedChange change) {
		return new ChangeUnderReview(change, null);
	}

	static ChangeUnderReview of(UploadedCancel cancel) {
		return new ChangeUnderReview(null, cancel);
	}

	static ChangeUnderReview read(ReviewChangeRow row) {
		try {
			return row.zxlb() == null ? of(JSON.readValue(row.body(), UploadedChange.class))
					: of(JSON.readValue(row.body(), UploadedCancel.class));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("sim_review_change %d cannot be read back".formatted(row.reviewId()), ex);
		}
	}

	ReviewChangeRow row(long reviewId) {
		try {
			return new ReviewChangeRow(reviewId, zxlb(), jlid(), JSON.writeValueAsString(change != null ? change : cancel));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A record the reader built cannot be written as JSON", ex);
		}
	}

	/** {@code Zxlb} of a cancellation, null for a change. */
	Integer zxlb() {
		return cancel == null ? null : cancel.zxlb();
	}

	/** The bureau id the record names: the entity's {@code Ztid} for a change, the target's for a cancellation. */
	long jlid() {
		return change != null ? change.ztid() : cancel.jlid();
	}

	/** {@code Czlx}: 4 change, 5 cancel access, 6 cancel entity, 7 cancel website. */
	int czlx() {
		return change != null ? 4 : cancel.czlx();
	}

	String operation() {
		return change != null ? "BGBA" : "ZXBA";
	}

	static String detail(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			return String.valueOf(value);
		}
	}

}
