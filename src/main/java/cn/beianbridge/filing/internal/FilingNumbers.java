package cn.beianbridge.filing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.beianbridge.filing.FiledNumbers;
import cn.beianbridge.filing.FilingType;

/** Reads and writes the bureau's numbers on filing and website rows. */
@Component
public class FilingNumbers {

	private final FilingMapper mapper;

	FilingNumbers(FilingMapper mapper) {
		this.mapper = mapper;
	}

	/** @return false unless the filing is a SUBMITTED (or still BATCHED) filing of the province */
	public boolean entityFiled(String province, long filingId, Long ztid, String icpNumber) {
		return mapper.updateFiledEntity(province, filingId, ztid, icpNumber) == 1;
	}

	/** @return false unless the website is one of a SUBMITTED (or still BATCHED) filing of the province */
	public boolean websiteFiled(String province, long websiteId, Long wzid, String icpNumber) {
		return mapper.updateFiledWebsite(province, websiteId, wzid, icpNumber) == 1;
	}

	public Optional<FiledNumbers> of(long filingId) {
		FilingRows.EntityNumbersRow entity = mapper.findEntityNumbers(filingId);
		if (entity == null) {
			return Optional.empty();
		}
		List<FiledNumbers.WebsiteNumber> websites = mapper.findWebsiteNumbers(filingId)
			.stream()
			.map(w -> new FiledNumbers.WebsiteNumber(w.id(), w.consoleWebsiteId(),
					w.approvedIcpNumber() != null ? w.approvedIcpNumber() : w.icpNumber()))
			.toList();
		String entityIcp = entity.approvedEntityIcp() != null ? entity.approvedEntityIcp() : entity.entityIcpNumber();
		return Optional.of(new FiledNumbers(filingId, entityIcp, websites));
	}

	public Optional<Long> filingOfWebsite(long websiteId) {
		return Optional.ofNullable(mapper.findFilingIdOfWebsite(websiteId));
	}

	public Optional<Long> submittedNewWebsite(String province, String entityIcpNumber) {
		return Optional.ofNullable(mapper.findSubmittedIdByEntityIcp(province, entityIcpNumber, FilingType.NEW_WEBSITE));
	}

	public Optional<Long> submittedNewAccess(String province, String websiteIcpNumber) {
		return Optional.ofNullable(mapper.findSubmittedIdByWebsiteIcp(province, websiteIcpNumber, FilingType.NEW_ACCESS));
	}

}
