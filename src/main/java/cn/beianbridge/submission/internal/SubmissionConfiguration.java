package cn.beianbridge.submission.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.beianbridge.bureau.CodeTables;
import cn.beianbridge.bureau.UploadDocumentWriter;

@Configuration(proxyBeanMethods = false)
class SubmissionConfiguration {

	@Bean
	UploadDocumentWriter uploadDocumentWriter(CodeTables codes) {
		return new UploadDocumentWriter(codes);
	}

}
