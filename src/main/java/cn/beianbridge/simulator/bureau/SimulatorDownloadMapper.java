package cn.beianbridge.simulator.bureau;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.shared.GeneratedKey;
import cn.beianbridge.simulator.ConditionalOnSimulators;
import cn.beianbridge.simulator.bureau.SimulatorRows.WaitingFile;

/**
 * The files each simulated bureau holds for the provider, until acknowledged. A file may be held back: not offered
 * before {@code offeredFrom}, nor before the file {@code offeredAfterAckOf} was acknowledged once.
 */
@Mapper
@ConditionalOnSimulators
interface SimulatorDownloadMapper {

	/**
	 * @param repeatsAfterAck how often the file is offered again after an acknowledgement
	 * @param key receives the new row's id
	 */
	void insertFile(@Param("province") String province, @Param("fileName") String fileName, @Param("kind") String kind,
			@Param("document") byte[] document, @Param("now") Instant now, @Param("offeredFrom") Instant offeredFrom,
			@Param("offeredAfterAckOf") Long offeredAfterAckOf, @Param("repeatsAfterAck") int repeatsAfterAck,
			@Param("key") GeneratedKey key);

	/** The oldest file on offer now. */
	WaitingFile findOldestWaiting(@Param("province") String province, @Param("now") Instant now);

	/** Files on offer now. */
	int countWaiting(@Param("province") String province, @Param("now") Instant now);

	void markDelivered(@Param("id") long id, @Param("now") Instant now);

	/** @return 1 when the file was waiting, 0 when it was already acknowledged or is unknown */
	int acknowledge(@Param("province") String province, @Param("fileName") String fileName,
			@Param("now") Instant now);

	/** A file that repeats itself is on offer again after its acknowledgement (one repeat used). */
	int offerAgainIfRepeating(@Param("province") String province, @Param("fileName") String fileName);

	int countFiles(@Param("province") String province, @Param("fileName") String fileName);

}
