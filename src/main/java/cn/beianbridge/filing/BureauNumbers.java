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

	/** @return false when no filing has this id (our IspZtid) */
	@Transactional
	public boolean entityFiled(long filingId, Long ztid, String icpNumber) {
		return numbers.entityFiled(filingId, ztid, icpNumber);
	}

	/** @return false when no website has this id (our IspWzid) */
	@Transactional
	public boolean websiteFiled(long websiteId, Long wzid, String icpNumber) {
		return numbers.websiteFiled(websiteId, wzid, icpNumber);
	}

	/** The filing a website of ours (a BASJ's IspWzid) belongs to. */
	public Optional<Long> filingOfWebsite(long websiteId) {
		return numbers.filingOfWebsite(websiteId);
	}

	public Optional<FiledNumbers> of(long filingId) {
		return numbers.of(filingId);
	}

	/** The SUBMITTED new-website filing for this entity ICP number (a BAJG result's {@code Bs}), oldest first. */
	public Optional<Long> submittedNewWebsite(String entityIcpNumber) {
		return numbers.submittedNewWebsite(entityIcpNumber);
	}

	/** The SUBMITTED new-access filing for this website ICP number (a BAJG result's {@code Bs}), oldest first. */
	public Optional<Long> submittedNewAccess(String websiteIcpNumber) {
		return numbers.submittedNewAccess(websiteIcpNumber);
	}

}
