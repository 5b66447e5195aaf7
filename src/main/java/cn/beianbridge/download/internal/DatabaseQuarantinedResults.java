package cn.beianbridge.download.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Component;

import cn.beianbridge.download.QuarantinedResults;

@Component
class DatabaseQuarantinedResults implements QuarantinedResults {

	private final QuarantineCountMapper mapper;

	DatabaseQuarantinedResults(QuarantineCountMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public Map<String, Long> countByProvince() {
		Map<String, Long> counts = new HashMap<>();
		mapper.countByProvince().forEach(row -> counts.put(row.province(), row.results()));
		return counts;
	}

	record ProvinceCount(String province, long results) {
	}

	@Mapper
	interface QuarantineCountMapper {

		@Select("SELECT province, COUNT(*) AS results FROM result_quarantine GROUP BY province")
		List<ProvinceCount> countByProvince();

	}

}
