package cn.beianbridge.ops.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.beianbridge.filing.FilingPage;
import cn.beianbridge.filing.FilingQuery;
import cn.beianbridge.filing.FilingSearch;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.shared.ChinaTime;

/**
 * A bulk action on the filings the filings page's search finds ({@link FilingFilter}), newest first; its targets are
 * filing ids.
 */
abstract class FilingBulkAction implements BulkAction {

	private final FilingSearch search;

	private final Filings filings;

	FilingBulkAction(FilingSearch search, Filings filings) {
		this.search = search;
		this.filings = filings;
	}

	/** The page's filters as this action selects by them (e.g. HELD filings only). */
	abstract FilingFilter filter(BulkQuery query);

	/** The same query, as the filings page shows it. */
	BulkQuery asListed(BulkQuery query) {
		return query;
	}

	@Override
	public String listPage(BulkQuery query) {
		return "/ops/filings?" + asListed(query);
	}

	@Override
	public long count(BulkQuery query) {
		return search.search(filter(query).page(0, 1)).total();
	}

	@Override
	public List<String> sample(BulkQuery query, int n) {
		return search.search(filter(query).page(0, Math.min(n, FilingQuery.MAX_SIZE)))
			.filings()
			.stream()
			.map(f -> f.consoleFilingId() + " (filing " + f.id() + ", province " + f.province() + ", " + f.state()
					+ ", submission deadline " + ChinaTime.format(f.submissionDeadline()) + ")")
			.toList();
	}

	@Override
	public List<String> select(BulkQuery query, int limit) {
		FilingFilter filter = filter(query);
		List<String> ids = new ArrayList<>();
		FilingPage page;
		int n = 0;
		do {
			page = search.search(filter.page(n++, FilingQuery.MAX_SIZE));
			page.filings().stream().limit(limit - ids.size()).forEach(f -> ids.add(Long.toString(f.id())));
		}
		while (page.hasNext() && ids.size() < limit);
		return ids;
	}

	/** The filing as it stands now; empty when it is gone. */
	Optional<FilingSummary> filing(String target) {
		return filings.find(Long.parseLong(target));
	}

}
