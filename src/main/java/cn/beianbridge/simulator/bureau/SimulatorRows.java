package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.beianbridge.bureau.peer.UploadedFile.UploadedNewAccess;

/** The simulator's rows as its tables hold them. */
final class SimulatorRows {

	private SimulatorRows() {
	}

	/** The last accepted upload, as it arrived. */
	record LastUpload(String fileName, long dataSequence, String beianInfo, String beianInfoHash,
			int encryptAlgorithm) {
	}

	/**
	 * A row of {@code sim_review}: one uploaded record, or a whole file refused unread ({@code fileResult} set).
	 *
	 * @param qqdwid the uploading provider (null for rows from before V25)
	 * @param ispJrid our id of a new access (XZJR) and {@code ipRanges} its ranges, as {@link OurIds} writes them
	 */
	/** A review's id by its place in its upload. */
	record ReviewIdRow(long id, int ordinal) {
	}

	record ReviewRow(Long id, String province, long uploadId, int ordinal, String operation, String identifier,
			Long ispZtid, String entityName, Long ztid, String ztbah, Long wzid, String wzbah, String passwordMd5,
			Integer fileResult, String fileError, Instant receivedAt, String certificateNumber,
			Long qqdwid, Long ispJrid, String ipRanges) {

		/** The new access of an XZJR record, or null. */
		UploadedNewAccess access() {
			return OurIds.access(ispJrid, ipRanges);
		}

	}

	/**
	 * A website of a record under review; {@code domains} and our ids of them ({@code ispYmids}) space-separated,
	 * its access as {@link OurIds} writes it.
	 */
	record ReviewWebsiteRow(long reviewId, int ordinal, long ispWzid, String name, String domains, String ispYmids,
			Long ispJrid, String ipRanges) {

		List<String> domainList() {
			return domains.isEmpty() ? List.of() : List.of(domains.split(" "));
		}

		/** Our id of each domain, by the domain as uploaded; empty for rows from before V25. */
		Map<String, Long> ispYmidsByDomain() {
			List<Long> ids = OurIds.ids(ispYmids);
			List<String> names = domainList();
			Map<String, Long> byDomain = new HashMap<>();
			for (int i = 0; i < Math.min(ids.size(), names.size()); i++) {
				byDomain.putIfAbsent(names.get(i).toLowerCase(Locale.ROOT), ids.get(i));
			}
			return byDomain;
		}

		UploadedNewAccess access() {
			return OurIds.access(ispJrid, ipRanges);
		}

	}

	/** A filed domain with the bureau's id and ours (null when we did not file it, or for rows from before V25). */
	record FiledDomainRow(String domain, Long ymid, Long ispYmid) {
	}

	/** A filed access: the providing {@code Ispid} and our id when we filed it. */
	record FiledAccessRow(long jrid, String websiteIcpNumber, long providerId, Long ispJrid) {
	}

	record FiledIpRangeRow(long ipid, long jrid, int ordinal, Long ispIpid, long startIp, long endIp) {
	}

	/** @param cancelledAt when the bureau cancelled the entity (and all its websites), or null while it is filed */
	record FiledEntityRow(String icpNumber, String province, long ztid, Long ispZtid, String name, String passwordMd5,
			int lastWebsiteIndex, Instant filedAt, String certificateNumber, Instant cancelledAt) {

		boolean cancelled() {
			return cancelledAt != null;
		}

	}

	/** @param cancelledAt when the bureau cancelled the website (or its entity), or null while it is filed */
	record FiledWebsiteRow(String icpNumber, String entityIcpNumber, String province, long wzid, Long ispWzid,
			String name, Instant filedAt, Instant cancelledAt) {

		boolean cancelled() {
			return cancelledAt != null;
		}

	}

	/** What {@code isp_querybeianstatus} tells about a filed domain. */
	record DomainStatus(String domain, String websiteName, String websiteIcpNumber, String entityIcpNumber,
			String entityName) {
	}

	/**
	 * A row of {@code sim_cancellation}: one {@code Zxxx} for the provider.
	 *
	 * @param followsId handed out only in a file after the one carrying this record, or null
	 * @param repeatOf the record this one sends once more, or null
	 */
	record CancellationRow(long id, String province, int zxlb, long jlid, String remark, Long followsId,
			Long repeatOf) {
	}

	/** A change or cancellation under review ({@code sim_review_change}): zxlb null for a change, its body as JSON. */
	record ReviewChangeRow(long reviewId, Integer zxlb, long jlid, String body) {
	}

	/** Something an approved change or cancellation took out of the register ({@code sim_removed_record}). */
	record RemovedRow(String province, String kind, long bureauId, Long parentId, String icpNumber, String detail,
			long reviewId, Instant removedAt) {
	}

	/** A download file not yet acknowledged. */
	record WaitingFile(long id, String fileName, String kind, byte[] document, int deliveries) {
	}

}
