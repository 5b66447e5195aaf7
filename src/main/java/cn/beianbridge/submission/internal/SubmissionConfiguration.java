package cn.beianbridge.submission.internal;

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

	// an upload file's payload is up to ~67 MB of Base64: a few per chunk keep the heap bounded
	private static final int UPLOAD_FILES_PER_CHUNK = 2;

	@Bean
	UploadDocumentWriter uploadDocumentWriter(CodeTables codes) {
		return new UploadDocumentWriter(codes);
	}

	/** beian_info is sealed (UploadBatchMapper.xml): re-encrypted after a key rotation. */
	@Bean
	Resealable uploadBatchTable(UploadBatchMapper mapper, PersonalData data, TransactionTemplate transactions) {
		return new ResealableTable("upload_batch", SealedColumns.text("beian_info"), "id", UPLOAD_FILES_PER_CHUNK,
				(cursor, limit) -> mapper.sealedAfter(ResealableTable.afterId(cursor), limit), mapper::updateSealed,
				data, transactions);
	}

}
