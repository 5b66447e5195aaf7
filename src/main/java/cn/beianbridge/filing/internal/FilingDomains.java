package cn.beianbridge.filing.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import cn.beianbridge.filing.FilingDocument;

/** The distinct domains of a filing, over all its websites; domain names are case-insensitive. */
final class FilingDomains {

	private FilingDomains() {
	}

	static Set<String> of(FilingDocument filing) {
		Set<String> domains = new TreeSet<>();
		filing.websites().stream().flatMap(website -> website.domains().stream()).filter(Objects::nonNull)
				.map(domain -> domain.strip().toLowerCase(Locale.ROOT)).filter(domain -> !domain.isEmpty())
				.forEach(domains::add);
		return domains;
	}

}
