package cn.beianbridge.bureau.simulator;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.bureau.simulator.SimulatorRows.WaitingFile;

/** The files each simulated bureau holds for the provider, until acknowledged. */
@Mapper
interface SimulatorDownloadMapper {

	void insertFile(@Param("province") String province, @Param("fileName") String fileName, @Param("kind") String kind,
			@Param("document") byte[] document, @Param("now") Instant now);

	WaitingFile findOldestWaiting(@Param("province") String province);

	int countWaiting(@Param("province") String province);

	void markDelivered(@Param("id") long id, @Param("now") Instant now);

	/** @return 1 when the file was waiting, 0 when it was already acknowledged or is unknown */
	int acknowledge(@Param("province") String province, @Param("fileName") String fileName,
			@Param("now") Instant now);

	int countFiles(@Param("province") String province, @Param("fileName") String fileName);

}
