package cn.beianbridge.bureau;

import java.util.List;
import java.util.stream.Collectors;

import cn.beianbridge.shared.LogMasking;

/**
 * A file the bureau sends through {@code isp_download}: {@code <DownloadData version="…">} with one of
 * {@code ICP}, {@code IP}, {@code YM}, {@code JCDM}, {@code SJTB}. Under {@code ICP} (an {@code xs:all}) a file may
 * hold several sections at once, in any order: results ({@code BAJG}), filed data ({@code BASJ}) and cancellations
 * ({@code ZXSJ}) are read, every other section is named and kept only in the stored file.
 *
 * @param root the child of {@code DownloadData}: {@code ICP}, or a kind the bridge does not interpret
 * @param sections the sections under {@code ICP}, in document order; empty for any other root
 */
public record DownloadDocument(String root, List<Section> sections) {

	public static final String VERSION = "V.3.0";

	public static final String ICP = "ICP";

	public static final String BAJG = "BAJG";

	public static final String BASJ = "BASJ";

	public static final String ZXSJ = "ZXSJ";

	public DownloadDocument {
		sections = List.copyOf(sections);
	}

	/** An {@code ICP} document with these sections, written in this order. */
	public static DownloadDocument of(Section... sections) {
		return new DownloadDocument(ICP, List.of(sections));
	}

	/**
	 * What the file holds, for the vault and the logs: the sections joined by {@code +} ({@code BASJ+BAJG}), the root
	 * when there are none.
	 */
	public String kind() {
		return sections.isEmpty() ? root
				: sections.stream().map(Section::kind).collect(Collectors.joining("+"));
	}

	public List<FiledData> filedData() {
		return sections.stream().filter(FiledData.class::isInstance).map(FiledData.class::cast).toList();
	}

	public List<BureauCancellations> bureauCancellations() {
		return sections.stream()
			.filter(BureauCancellations.class::isInstance)
			.map(BureauCancellations.class::cast)
			.toList();
	}

	public List<BureauResults> bureauResults() {
		return sections.stream().filter(BureauResults.class::isInstance).map(BureauResults.class::cast).toList();
	}

	/** One section under {@code <ICP>}. */
	public sealed interface Section permits BureauResults, FiledData, BureauCancellations, OtherSection {

		/** The element name: BAJG, BASJ, ZXSJ, HMDLB, ... */
		String kind();

	}

	/**
	 * {@code BAJG}: the outcome of uploaded records. The review opinions ({@code GJSHS}, a sibling of the results in
	 * the schema) are given to the result they belong to (see {@link DownloadDocumentReader}); those that fit none are
	 * kept apart.
	 *
	 * @param unreadable why each {@code Jg_xx} that could not be read was left out: one bad result does not make
	 * the others unreadable
	 */
	public record BureauResults(List<Result> results, List<ReviewOpinion> unassignedOpinions, List<String> unreadable)
			implements Section {

		public BureauResults {
			results = List.copyOf(results);
			unassignedOpinions = List.copyOf(unassignedOpinions);
			unreadable = List.copyOf(unreadable);
		}

		public BureauResults(List<Result> results) {
			this(results, List.of(), List.of());
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
	 * website ICP number (new access); null when the bureau left it out (the schema allows that)
	 * @param opinions the reviewers' opinions about this result
	 */
	public record Result(List<ResultCode> codes, int operation, String identifier, String remarks,
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
	public record ResultCode(int code, String text) {
	}

	/**
	 * {@code Gjsh}.
	 *
	 * @param approved {@code Shjg}: 1 approved, 0 rejected
	 * @param date {@code Shsj} as the bureau wrote it
	 * @param recordId {@code Jlid}
	 */
	public record ReviewOpinion(String reviewer, String date, String opinion, boolean approved, Integer operation,
			String recordId) {
	}

	/**
	 * {@code BASJ}: the data the bureau has filed, with its ids and the ICP numbers.
	 *
	 * @param unreadable why each {@code Baxx} that could not be read was left out
	 */
	public record FiledData(List<FiledRecord> records, List<String> unreadable) implements Section {

		public FiledData {
			records = List.copyOf(records);
			unreadable = List.copyOf(unreadable);
		}

		public FiledData(List<FiledRecord> records) {
			this(records, List.of());
		}

		@Override
		public String kind() {
			return BASJ;
		}

	}

	/** One {@code Baxx} of filed data. */
	public record FiledRecord(FiledEntity entity, List<FiledWebsite> websites) {

		public FiledRecord {
			websites = List.copyOf(websites);
		}

	}

	/**
	 * {@code Zt_xx} of filed data.
	 *
	 * @param ispZtid our id, when the entity was filed through us
	 * @param icpNumber {@code Baxh}, which the schema lets a bureau leave out
	 * @param particulars the rest of the filed entity: null when read (the bridge uses only ids and numbers); a
	 * writer needs it for a document the schema accepts
	 */
	public record FiledEntity(Long ispZtid, long ztid, String icpNumber, EntityParticulars particulars) {

		public FiledEntity(Long ispZtid, long ztid, String icpNumber) {
			this(ispZtid, ztid, icpNumber, null);
		}

	}

	/**
	 * {@code Wz_xx} of filed data.
	 *
	 * @param ispWzid our id, when the website was filed through us
	 * @param icpNumber {@code Baxh}, which the schema lets a bureau leave out
	 * @param domains its {@code Ym_xx}, read: change, cancel and the bureau's cancellations name a domain by its id
	 * @param accesses its {@code Jr_xx} (ours and other providers'), read for the same reason
	 * @param particulars as for {@link FiledEntity}
	 */
	public record FiledWebsite(Long ispWzid, long wzid, String icpNumber, List<FiledDomain> domains,
			List<FiledAccess> accesses, WebsiteParticulars particulars) {

		public FiledWebsite {
			domains = domains == null ? List.of() : List.copyOf(domains);
			accesses = accesses == null ? List.of() : List.copyOf(accesses);
		}

		public FiledWebsite(Long ispWzid, long wzid, String icpNumber, List<FiledDomain> domains,
				List<FiledAccess> accesses) {
			this(ispWzid, wzid, icpNumber, domains, accesses, null);
		}

		public FiledWebsite(Long ispWzid, long wzid, String icpNumber) {
			this(ispWzid, wzid, icpNumber, List.of(), List.of(), null);
		}

	}

	/**
	 * What the schema requires of a filed entity besides ids and numbers.
	 *
	 * @param provinceId {@code Txdz/Shengid}, a region code
	 * @param certificateType {@code Zj/Zjlx}, from the certificate code table
	 * @param email {@code Fzr/Fzr_dzyj}
	 * @param reportedBy {@code Bbyhlx}: 0 by the entity itself, 1 by the provider
	 * @param firstFiledAt {@code Scbbsj} and {@code lastChangedAt} {@code Zjxgsj}, as the bureau writes times
	 */
	public record EntityParticulars(String name, long provinceId, int certificateType, String certificateNumber,
			String certificateAddress, String email, int reportedBy, String firstFiledAt, String lastChangedAt) {

		@Override
		public String toString() {
			return ("EntityParticulars[name=%s, provinceId=%s, certificateType=%s, certificateNumber=%s, "
					+ "certificateAddress=%s, email=%s, reportedBy=%s, firstFiledAt=%s, lastChangedAt=%s]")
				.formatted(LogMasking.hidden(name), provinceId, certificateType,
						LogMasking.hidden(certificateNumber), LogMasking.hidden(certificateAddress),
						LogMasking.hidden(email), reportedBy, firstFiledAt, lastChangedAt);
		}

	}

	/**
	 * What the schema requires of a filed website besides ids, numbers, domains and accesses.
	 *
	 * @param languages {@code Yylb/Yylb_id} codes
	 * @param responsiblePerson {@code Wz_Fzr/Fzr_xm}
	 */
	public record WebsiteParticulars(String name, List<Integer> languages, String responsiblePerson) {

		public WebsiteParticulars {
			languages = List.copyOf(languages);
		}

		@Override
		public String toString() {
			return "WebsiteParticulars[name=%s, languages=%s, responsiblePerson=%s]".formatted(name, languages,
					LogMasking.hidden(responsiblePerson));
		}

	}

	/**
	 * {@code Ym_xx}: the bureau's id of a domain and the domain.
	 *
	 * @param ispYmid our id ({@code IspYmid}), when the domain was filed through us and the bureau sent it back
	 */
	public record FiledDomain(long ymid, String domain, Long ispYmid) {

		public FiledDomain(long ymid, String domain) {
			this(ymid, domain, null);
		}

	}

	/**
	 * {@code Jr_xx}: an access record.
	 *
	 * @param providerId {@code Ispid}, the bureau's id of the access provider
	 * @param locations {@code Wzfb/Fbdd} codes; {@code methods} {@code Wzjrfs/Jrfs} codes
	 * @param ispJrid our id ({@code IspJrid}), when the access is ours and the bureau sent it back
	 */
	public record FiledAccess(long jrid, long providerId, List<Integer> locations, List<Integer> methods,
			List<FiledIpRange> ipRanges, Long ispJrid) {

		public FiledAccess {
			locations = List.copyOf(locations);
			methods = List.copyOf(methods);
			ipRanges = List.copyOf(ipRanges);
		}

		public FiledAccess(long jrid, long providerId, List<Integer> locations, List<Integer> methods,
				List<FiledIpRange> ipRanges) {
			this(jrid, providerId, locations, methods, ipRanges, null);
		}

	}

	/**
	 * {@code Ip_xx}: a range of addresses as 32-bit integers.
	 *
	 * @param ispIpid our id ({@code IspIpid}), when the range was filed through us and the bureau sent it back
	 */
	public record FiledIpRange(long ipid, long start, long end, Long ispIpid) {

		public FiledIpRange(long ipid, long start, long end) {
			this(ipid, start, end, null);
		}

		/** The first address, dotted (16909060 is 1.2.3.4), as filings hold it. */
		public String startAddress() {
			return dotted(start);
		}

		public String endAddress() {
			return dotted(end);
		}

		private static String dotted(long address) {
			return "%d.%d.%d.%d".formatted(address >>> 24 & 0xFF, address >>> 16 & 0xFF, address >>> 8 & 0xFF,
					address & 0xFF);
		}

	}

	/**
	 * {@code ZXSJ}: filings the bureau has cancelled (an owner's entity cancellation reaching every provider, a forced
	 * cancellation, the shell-data clean-up). Only the bureau's id names what was cancelled.
	 *
	 * @param unreadable why each {@code Zxxx} that could not be read was left out
	 */
	public record BureauCancellations(List<BureauCancellation> cancellations, List<String> unreadable)
			implements Section {

		public BureauCancellations {
			cancellations = List.copyOf(cancellations);
			unreadable = List.copyOf(unreadable);
		}

		public BureauCancellations(List<BureauCancellation> cancellations) {
			this(cancellations, List.of());
		}

		@Override
		public String kind() {
			return ZXSJ;
		}

	}

	/**
	 * One {@code Zxxx}.
	 *
	 * @param kind {@code Zxlb}: 0 entity (with all its websites), 1 website, 2 access (the schema allows 0–1; the
	 * spec's table and {@code Jlid} text list 2 as well, so it is accepted)
	 * @param recordId {@code Jlid}: the bureau's {@code Ztid}, {@code Wzid} or {@code Jrid}
	 * @param remark {@code Bz}, or null
	 */
	public record BureauCancellation(int kind, long recordId, String remark) {

		public static final int ENTITY = 0;

		public static final int WEBSITE = 1;

		public static final int ACCESS = 2;

	}

	/** Any other section (HMDLB, JCDM, ...): named, kept only in the stored file. */
	public record OtherSection(String kind) implements Section {
	}

}
