package cn.beianbridge.scheduling.internal;

import java.time.Instant;
import java.util.Collection;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ProvinceLeaseMapper {

	int countLease(@Param("job") String job, @Param("province") String province);

	void insertLeaseIfAbsent(@Param("job") String job, @Param("province") String province, @Param("epoch") Instant epoch);

	int take(@Param("job") String job, @Param("province") String province, @Param("owner") String owner,
			@Param("node") String node, @Param("now") Instant now, @Param("until") Instant until);

	int renew(@Param("job") String job, @Param("province") String province, @Param("owner") String owner,
			@Param("node") String node, @Param("until") Instant until);

	int renewAll(@Param("owners") Collection<String> owners, @Param("node") String node, @Param("until") Instant until);

	int release(@Param("job") String job, @Param("province") String province, @Param("owner") String owner,
			@Param("now") Instant now);

	LeaseHolder holder(@Param("job") String job, @Param("province") String province, @Param("now") Instant now);

	/** Who holds a lease and since when. */
	record LeaseHolder(String owner, Instant acquiredAt) {
	}

}
