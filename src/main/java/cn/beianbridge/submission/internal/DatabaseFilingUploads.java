package cn.beianbridge.submission.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.beianbridge.submission.FilingUploads;

@Component
class DatabaseFilingUploads implements FilingUploads {

	private final UploadBatchMapper mapper;

	DatabaseFilingUploads(UploadBatchMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public List<UploadFile> forFiling(long filingId) {
		return mapper.filesOfFiling(filingId);
	}

}
