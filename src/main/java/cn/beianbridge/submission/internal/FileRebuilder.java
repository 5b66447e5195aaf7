package cn.beianbridge.submission.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.bureau.UploadDocumentWriter;
import cn.beianbridge.bureau.UploadRecord;

/** Builds a file's bytes again from its stored filings (after a 6–11 or 16–18 refusal). */
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

	PackedPayload rebuild(UploadBatch batch) {
		List<UploadRecord> stored = batches.filingIds(batch).stream().map(records::of).toList();
		return clients.get(batch.province()).payloadCodec().pack(batch.fileName(),
				writer.write(records.providerId(), stored));
	}

}
