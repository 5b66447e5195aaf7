package cn.beianbridge.filing;

import java.util.List;

import cn.beianbridge.shared.LogMasking;

/**
 * Who to tell about a filing, and what to call it: the entity's and each website's responsible person,
 * the names and domains. Read without the attachments.
 */
public record FilingContacts(long id, String consoleFilingId, String province, FilingType filingType,
		String entityName, Person entityPerson, List<Site> websites) {

	public FilingContacts {
		websites = List.copyOf(websites);
	}

	public record Person(String name, String mobile, String email) {

		@Override
		public String toString() {
			return "Person[name=%s, mobile=%s, email=%s]"
				.formatted(LogMasking.hidden(name), LogMasking.hidden(mobile), LogMasking.hidden(email));
		}

	}

	public record Site(String consoleWebsiteId, String name, List<String> domains, Person person) {

		public Site {
			domains = List.copyOf(domains);
		}

	}

	@Override
	public String toString() {
		return ("FilingContacts[id=%s, consoleFilingId=%s, province=%s, filingType=%s, entityName=%s, "
				+ "entityPerson=%s, websites=%s]")
			.formatted(id, consoleFilingId, province, filingType, LogMasking.hidden(entityName), entityPerson,
					websites);
	}

}
