package cn.beianbridge.download.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Component;

import cn.beianbridge.download.QuarantinedResult;
import cn.beianbridge.download.QuarantinedResults;

@Component
class DatabaseQuarantinedResults implements QuarantinedResults {

	private final QuarantineCountMapper mapper;

	private final QuarantineResolution resolution;

	DatabaseQuarantinedResults(QuarantineCountMapper mapper, QuarantineResolution resolution) {
		this.mapper = mapper;
		this.resolution = resolution;
	}

	@Override
	public Map<String, Long> countByProvince() {
		Map<String, Long> counts = new HashMap<>();
		mapper.countByProvince().forEach(row -> counts.put(row.province(), row.results()));
		return counts;
	}

	@Override
	public List<QuarantinedResult> list(boolean openOnly, int limit) {
		return resolution.list(openOnly, limit);
	}

	@Override
	public Optional<QuarantinedResult> find(long id) {
		return resolution.find(id);
	}

	@Override
	public String attach(long id, long filingId, String by, String reason) {
		return resolution.attach(id, filingId, by, reason);
	}

	@Override
	public void dismiss(long id, String by, String reason) {
		resolution.dismiss(id, by, reason);
	}

	record ProvinceCount(String province, long results) {
	}

	@Mapper
	interface QuarantineCountMapper {

		@Select("SELECT province, COUNT(*) AS results FROM result_quarantine WHERE resolved_at IS NULL GROUP BY province")
		List<ProvinceCount> countByProvince();

	}

}
