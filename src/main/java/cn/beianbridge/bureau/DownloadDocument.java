package cn.beianbridge.bureau;

import java.util.List;

/**
 * A file the bureau sends through {@code isp_download}: {@code <DownloadData><ICP>} with one kind of content.
 * Results ({@code BAJG}) and filed data ({@code BASJ}) are read; every other kind is kept as it came.
 */
public sealed interface DownloadDocument permits DownloadDocument.BureauResults, DownloadDocument.FiledData,
		DownloadDocument.OtherDownload {

	String BAJG = "BAJG";

	String BASJ = "BASJ";

	/** The element name under {@code <ICP>}: BAJG, BASJ, ZXSJ, HMDLB, JCDM, ... */
	String kind();

	/** {@code BAJG}: the outcome of uploaded records. */
	record BureauResults(List<Result> results) implements DownloadDocument {

		public BureauResults {
			results = List.copyOf(results);
		}

		@Override
		public String kind() {
			return BAJG;
		}

	}

	/**
	 * One {@code Jg_xx}.
	 *
	 * @param codes the {@code Jgxx} entries: 1001 approved, 1002 rejected, 1003–1068 data refused, 5xxx file refused
	 * @param operation {@code Czlx}: 1 first filing, 2 new website, 3 new access, 4 change, 5 cancel access,
	 * 6 cancel entity, 7 cancel website
	 * @param identifier {@code Bs}: our IspZtid (first filing), the entity ICP number (new website) or the
	 * website ICP number (new access)
	 * @param opinions the reviewers' opinions ({@code GJSHS/Gjsh} inside this {@code Jg_xx})
	 */
	record Result(List<ResultCode> codes, int operation, String identifier, String remarks,
			List<ReviewOpinion> opinions) {

		public Result {
			codes = List.copyOf(codes);
			opinions = List.copyOf(opinions);
		}

		/** The first code, which decides: approved, rejected or refused. */
		public int code() {
			return codes.get(0).code();
		}

	}

	/** {@code Jgxx}: {@code Jgdm} and its text {@code Dmms}. */
	record ResultCode(int code, String text) {
	}

	/**
	 * {@code Gjsh}.
	 *
	 * @param approved {@code Shjg}: 1 approved, 0 rejected
	 * @param date {@code Shsj} as the bureau wrote it
	 * @param recordId {@code Jlid}
	 */
	record ReviewOpinion(String reviewer, String date, String opinion, boolean approved, Integer operation,
			String recordId) {
	}

	/** {@code BASJ}: the data the bureau has filed, with its ids and the ICP numbers. */
	record FiledData(List<FiledRecord> records) implements DownloadDocument {

		public FiledData {
			records = List.copyOf(records);
		}

		@Override
		public String kind() {
			return BASJ;
		}

	}

	/** One {@code Baxx} of filed data. */
	record FiledRecord(FiledEntity entity, List<FiledWebsite> websites) {

		public FiledRecord {
			websites = List.copyOf(websites);
		}

	}

	/** @param ispZtid our id, when the entity was filed through us; {@code icpNumber} is {@code Baxh} */
	record FiledEntity(Long ispZtid, long ztid, String icpNumber) {
	}

	/** @param ispWzid our id, when the website was filed through us; {@code icpNumber} is {@code Baxh} */
	record FiledWebsite(Long ispWzid, long wzid, String icpNumber) {
	}

	/** Any other kind: stored, not interpreted. */
	record OtherDownload(String kind, String rawXml) implements DownloadDocument {
	}

}
