package cn.beianbridge.purge.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.beianbridge.purge.BatchRuns;

@Component
class BatchRunSearch implements BatchRuns {

	private final BatchRunMapper mapper;

	BatchRunSearch(BatchRunMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public List<BatchRun> search(Filter filter, int offset, int limit) {
		LocalDateTime from = filter.from() == null ? null : filter.from().atStartOfDay();
		LocalDateTime before = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay();
		return mapper.search(filter, from, before, offset, limit);
	}

	@Override
	public List<String> jobNames() {
		return mapper.jobNames();
	}

}
