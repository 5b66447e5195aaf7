package cn.beianbridge.filing;

import java.util.List;

/** One page of a search, newest filing first, and how many filings match in all. */
public record FilingPage(List<FilingSummary> filings, int page, int size, long total) {

	public FilingPage {
		filings = List.copyOf(filings);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

}
