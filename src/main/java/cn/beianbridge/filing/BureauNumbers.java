package cn.beianbridge.filing;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.filing.internal.FilingNumbers;

/**
 * The bureau's ids and ICP numbers for what we filed (its BASJ files), kept on the filing and website rows until
 * the approval (BAJG 1001) that makes them the applicant's.
 */
@Service
public class BureauNumbers {

	private final FilingNumbers numbers;

	BureauNumbers(FilingNumbers numbers) {
		this.numbers = numbers;
	}

	/**
	 * @param province the bureau's: its numbers count only for its own province's filings
	 * @return false unless a SUBMITTED (or still BATCHED) filing of the province has this id (our IspZtid)
	 */
	@Transactional
	public boolean entityFiled(String province, long filingId, Long ztid, String icpNumber) {
		return numbers.entityFiled(province, filingId, ztid, icpNumber);
	}

	/** @return false unless a website of a SUBMITTED (or still BATCHED) filing of the province has this id (our IspWzid) */
	@Transactional
	public boolean websiteFiled(String province, long websiteId, Long wzid, String icpNumber) {
		return numbers.websiteFiled(province, websiteId, wzid, icpNumber);
	}

	/** The filing a website of ours (a BASJ's IspWzid) belongs to. */
	public Optional<Long> filingOfWebsite(long websiteId) {
		return numbers.filingOfWebsite(websiteId);
	}

	public Optional<FiledNumbers> of(long filingId) {
		return numbers.of(filingId);
	}

	/** The province's SUBMITTED new-website filing for this entity ICP number (a BAJG's {@code Bs}), oldest first. */
	public Optional<Long> submittedNewWebsite(String province, String entityIcpNumber) {
		return numbers.submittedNewWebsite(province, entityIcpNumber);
	}

	/** The province's SUBMITTED new-access filing for this website ICP number (a BAJG's {@code Bs}), oldest first. */
	public Optional<Long> submittedNewAccess(String province, String websiteIcpNumber) {
		return numbers.submittedNewAccess(province, websiteIcpNumber);
	}

}
