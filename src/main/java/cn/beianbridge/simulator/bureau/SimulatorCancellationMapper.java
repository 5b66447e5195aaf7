package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.shared.GeneratedKey;
import cn.beianbridge.simulator.ConditionalOnSimulators;
import cn.beianbridge.simulator.bureau.SimulatorRows.CancellationRow;

/**
 * The cancellations each simulated bureau has to tell the provider about ({@code Zxxx}), until a download puts them
 * in a file.
 */
@Mapper
@ConditionalOnSimulators
interface SimulatorCancellationMapper {

	/** @param key receives the new row's id */
	void insertCancellation(@Param("province") String province, @Param("zxlb") int zxlb, @Param("jlid") long jlid,
			@Param("remark") String remark, @Param("followsId") Long followsId, @Param("repeatOf") Long repeatOf,
			@Param("now") Instant now, @Param("key") GeneratedKey key);

	/** The records not yet in a file, oldest first. */
	List<CancellationRow> findPending(@Param("province") String province);

	/** The records that went out in this file, in the order they were recorded. */
	List<CancellationRow> findInFile(@Param("downloadId") long downloadId);

	void markInFile(@Param("ids") List<Long> ids, @Param("downloadId") long downloadId);

}
