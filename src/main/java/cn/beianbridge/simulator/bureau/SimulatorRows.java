package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.util.List;

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
	 */
	record ReviewRow(Long id, String province, long uploadId, int ordinal, String operation, String identifier,
			Long ispZtid, String entityName, Long ztid, String ztbah, Long wzid, String wzbah, String passwordMd5,
			Integer fileResult, String fileError, Instant receivedAt) {
	}

	/** A website of a record under review; {@code domains} space-separated. */
	record ReviewWebsiteRow(long reviewId, int ordinal, long ispWzid, String name, String domains) {

		List<String> domainList() {
			return domains.isEmpty() ? List.of() : List.of(domains.split(" "));
		}

	}

	/** @param cancelledAt when the bureau cancelled the entity (and all its websites), or null while it is filed */
	record FiledEntityRow(String icpNumber, String province, long ztid, Long ispZtid, String name, String passwordMd5,
			int lastWebsiteIndex, Instant filedAt, Instant cancelledAt) {

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

	/** A download file not yet acknowledged. */
	record WaitingFile(long id, String fileName, String kind, byte[] document, int deliveries) {
	}

}
