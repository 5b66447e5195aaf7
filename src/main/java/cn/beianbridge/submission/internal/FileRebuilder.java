package cn.beianbridge.submission.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.UploadDocumentCheck;
import cn.beianbridge.bureau.UploadDocumentWriter;
import cn.beianbridge.bureau.UploadItem;
import cn.beianbridge.filing.Reason;

/**
 * Builds a file's bytes again from its stored filings (after a 6–11 or 16–18 refusal), validated against
 * upload-data.xsd as a new file is: the configuration may have changed since it was built (a code table), and a
 * filing whose record now breaks the schema is held and leaves the file rather than being sent.
 */
@Component
class FileRebuilder {

	private final UploadBatches batches;

	private final UploadRecords records;

	private final UploadDocumentWriter writer;

	private final BureauClients clients;

	FileRebuilder(UploadBatches batches, UploadRecords records, UploadDocumentWriter writer, BureauClients clients) {
		this.batches = batches;
		this.records = records;
		this.writer = writer;
		this.clients = clients;
	}

	/** @return whether the file holds filings to send; false when every one broke the schema and was held */
	boolean rebuild(UploadBatch batch) {
		Map<Long, Reason> held = new LinkedHashMap<>();
		List<UploadItem> stored = new ArrayList<>();
		for (long filingId : batches.filingIds(batch)) {
			// a change or cancellation whose target's id is no longer known is held like one breaking the schema
			ChangeAndCancelItems.Built built = records.item(filingId);
			if (built instanceof ChangeAndCancelItems.Ready ready) {
				stored.add(ready.item());
			}
			else if (built instanceof ChangeAndCancelItems.Unresolved unresolved) {
				held.put(filingId, unresolved.reasons().get(0));
			}
		}
		while (!stored.isEmpty()) {
			byte[] document = writer.write(records.providerId(), stored);
			Map<Integer, Reason> breaking = UploadDocumentCheck.breakingRecords(document, stored);
			if (breaking.isEmpty()) {
				batches.rebuilt(batch, clients.get(batch.province()).payloadCodec().pack(batch.fileName(), document),
						stored.stream().mapToInt(UploadItem::bureauRecords).sum(), held);
				return true;
			}
			List<UploadItem> rest = new ArrayList<>();
			for (int i = 0; i < stored.size(); i++) {
				if (breaking.containsKey(i)) {
					held.put(stored.get(i).filingId(), breaking.get(i));
				}
				else {
					rest.add(stored.get(i));
				}
			}
			stored = rest;
		}
		batches.emptied(batch, held);
		return false;
	}

}
