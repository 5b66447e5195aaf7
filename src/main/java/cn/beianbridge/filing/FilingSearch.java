package cn.beianbridge.filing;

import java.util.List;

import org.springframework.stereotype.Service;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.internal.FilingSearchMapper;

/**
 * Finds filings for the operations console. Personal columns are sealed at rest: resident ID numbers, mobiles and
 * emails are found through their blind indexes (exact values only), names and addresses not at all; ids, ICP numbers,
 * domains and website names are plain and found as they are.
 */
@Service
public class FilingSearch {

	private final FilingSearchMapper mapper;

	private final PersonalData personalData;

	FilingSearch(FilingSearchMapper mapper, PersonalData personalData) {
		this.mapper = mapper;
		this.personalData = personalData;
	}

	public FilingPage search(FilingQuery query) {
		List<String> indexes = query.text() == null ? List.of() : personalData.blindIndexes(query.text());
		String like = query.text() == null ? null : escapeLike(query.text());
		String domain = query.text() == null ? null : query.text().toLowerCase(java.util.Locale.ROOT);
		long total = mapper.count(query, like, domain, indexes);
		List<FilingSummary> filings = total == 0 ? List.of() : mapper.find(query, like, domain, indexes, query.offset());
		return new FilingPage(filings, query.page(), query.size(), total);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
