package cn.beianbridge.filing.internal;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.crypto.Resealable;
import cn.beianbridge.crypto.ResealableTable;
import cn.beianbridge.crypto.SealedColumns;

/**
 * Filing's sealed columns (FilingMapper.xml, EventMapper.xml), offered to the re-encryption after a key rotation.
 */
@Configuration(proxyBeanMethods = false)
class FilingSealing {

	static final SealedColumns FILING = SealedColumns
		.text("entity_name", "entity_investor", "entity_address", "entity_cert_number", "entity_cert_address",
				"person_name", "person_cert_number", "person_cert_address", "person_office_phone", "person_mobile",
				"person_email", "emergency_name", "emergency_mobile")
		.withBlindIndexes(Map.of("entity_cert_number_bidx", "entity_cert_number", "person_cert_number_bidx",
				"person_cert_number", "person_mobile_bidx", "person_mobile", "person_email_bidx", "person_email"));

	static final SealedColumns WEBSITE = SealedColumns
		.text("person_name", "person_cert_number", "person_cert_address", "person_office_phone", "person_mobile",
				"person_email")
		.withBlindIndexes(Map.of("person_cert_number_bidx", "person_cert_number", "person_mobile_bidx",
				"person_mobile", "person_email_bidx", "person_email"));

	static final SealedColumns ATTACHMENT = new SealedColumns(List.of(), List.of("content"), Map.of());

	// an attachment is at most a few MB: fewer rows per chunk keep the heap small
	private static final int ATTACHMENTS_PER_CHUNK = 20;

	@Bean
	Resealable filingTable(ResealMapper mapper, PersonalData data, TransactionTemplate transactions) {
		return new ResealableTable("filing", FILING, "id", Integer.MAX_VALUE,
				(cursor, limit) -> mapper.filings(ResealableTable.afterId(cursor), limit), mapper::updateFiling, data,
				transactions);
	}

	@Bean
	Resealable websiteTable(ResealMapper mapper, PersonalData data, TransactionTemplate transactions) {
		return new ResealableTable("website", WEBSITE, "id", Integer.MAX_VALUE,
				(cursor, limit) -> mapper.websites(ResealableTable.afterId(cursor), limit), mapper::updateWebsite, data,
				transactions);
	}

	@Bean
	Resealable filingCancellationTable(ResealMapper mapper, PersonalData data, TransactionTemplate transactions) {
		return new ResealableTable("filing_cancellation", SealedColumns.text("remark"), "filing_id", Integer.MAX_VALUE,
				(cursor, limit) -> mapper.cancellations(ResealableTable.afterId(cursor), limit),
				mapper::updateCancellation, data, transactions);
	}

	@Bean
	Resealable attachmentContentTable(ResealMapper mapper, PersonalData data, TransactionTemplate transactions) {
		return new ResealableTable("attachment_content", ATTACHMENT, "sha256", ATTACHMENTS_PER_CHUNK,
				mapper::attachments, mapper::updateAttachment, data, transactions);
	}

	@Bean
	Resealable filingEventTable(ResealMapper mapper, PersonalData data, TransactionTemplate transactions) {
		return new ResealableTable("filing_event", SealedColumns.text("payload"), "id", Integer.MAX_VALUE,
				(cursor, limit) -> mapper.events(ResealableTable.afterId(cursor), limit), mapper::updateEvent, data,
				transactions);
	}

	@Bean
	Resealable rejectedInputTable(ResealMapper mapper, PersonalData data, TransactionTemplate transactions) {
		return new ResealableTable("rejected_input", SealedColumns.text("raw_payload", "errors"), "id",
				Integer.MAX_VALUE, (cursor, limit) -> mapper.rejectedInputs(ResealableTable.afterId(cursor), limit),
				mapper::updateRejectedInput, data, transactions);
	}

}
