package cn.beianbridge.bureau;

import cn.beianbridge.filing.FilingType;
import cn.beianbridge.shared.LogMasking;

/**
 * One cancellation to upload ({@code ZXBA/Zx_xx}). It names its target only by the bureau's id, which the provider kept
 * from BASJ: there is no ICP number and none of our ids in it. Values are kept as given: one the bureau would refuse (a
 * reason code out of 1–999, a remark over 1,000 characters, an entity cancelled without the password) is refused by
 * the writer or the schema check naming the element, so the filing is held with that reason rather than sent.
 *
 * @param filingId our stored filing's id
 * @param kind what is cancelled ({@code Zxlb})
 * @param jlid the bureau's id of the target ({@code Jlid}): {@code Ztid}, {@code Wzid} or {@code Jrid} by kind
 * @param reason the reason's id in the bureau's cancel-reason table ({@code Zxly}, 1–999)
 * @param remark the reason remark ({@code Zxlybz}), up to 1,000 characters, or null
 * @param filingPasswordMd5 {@code ICPmm}, the filing password's MD5 as 32 hex digits: required to cancel an entity
 */
public record CancelRecord(long filingId, String consoleFilingId, Kind kind, Long jlid, Integer reason, String remark,
		String filingPasswordMd5) implements UploadItem {

	public CancelRecord {
		if (consoleFilingId == null || consoleFilingId.isBlank()) {
			throw new IllegalArgumentException("A cancel record needs the console's filing id");
		}
	}

	@Override
	public FilingType operation() {
		return FilingType.CANCEL;
	}

	@Override
	public int bureauRecords() {
		return 1;
	}

	@Override
	public String toString() {
		return "CancelRecord[filingId=%s, consoleFilingId=%s, kind=%s, jlid=%s, reason=%s, remark=%s, filingPasswordMd5=%s]"
			.formatted(filingId, consoleFilingId, kind, jlid, reason, LogMasking.hidden(remark),
					LogMasking.hidden(filingPasswordMd5));
	}

	/** {@code Zxlb}: the schema allows these three only. */
	public enum Kind {

		/** 注销主体: the entity with all its websites; the filing password is required. */
		ENTITY("0"),

		/** 注销网站. */
		WEBSITE("1"),

		/** 取消接入: our access to a website, which stays filed. */
		ACCESS("2");

		private final String zxlb;

		Kind(String zxlb) {
			this.zxlb = zxlb;
		}

		public String zxlb() {
			return zxlb;
		}

	}

}
