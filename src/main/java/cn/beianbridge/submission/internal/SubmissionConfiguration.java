package cn.beianbridge.submission.internal;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import cn.beianbridge.bureau.CodeTables;
import cn.beianbridge.bureau.UploadDocumentWriter;
import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.crypto.Resealable;
import cn.beianbridge.crypto.ResealableTable;
import cn.beianbridge.crypto.SealedColumns;

@Configuration(proxyBeanMethods = false)
class SubmissionConfiguration {

	// a part of an upload file's payload is up to about 0.8 MB sealed (UploadBatches.storeParts): a few MB per chunk
	private static final int UPLOAD_FILE_PARTS_PER_CHUNK = 8;

	@Bean
	UploadDocumentWriter uploadDocumentWriter(CodeTables codes) {
		return new UploadDocumentWriter(codes);
	}

	/** An upload file's payload is sealed in parts (UploadBatchMapper.xml): re-encrypted after a key rotation. */
	@Bean
	Resealable uploadBatchPartTable(UploadBatchMapper mapper, PersonalData data, TransactionTemplate transactions) {
		return new ResealableTable("upload_batch_part", new SealedColumns(List.of(), List.of("sealed"), Map.of()), "id",
				UPLOAD_FILE_PARTS_PER_CHUNK,
				(cursor, limit) -> mapper.sealedAfter(ResealableTable.afterId(cursor), limit), mapper::updateSealed,
				data, transactions);
	}

}
