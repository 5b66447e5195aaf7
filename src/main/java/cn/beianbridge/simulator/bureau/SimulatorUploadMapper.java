package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.shared.GeneratedKey;
import cn.beianbridge.simulator.ConditionalOnSimulators;
import cn.beianbridge.simulator.bureau.SimulatorRows.LastUpload;
import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewChangeRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewWebsiteRow;

/** The provider's account at each simulated bureau, its uploads, and the records they brought for review. */
@Mapper
@ConditionalOnSimulators
interface SimulatorUploadMapper {

	void insertAccountIfAbsent(@Param("province") String province, @Param("now") Instant now);

	/** Locks the province's account row until the transaction ends. */
	long lockAccount(@Param("province") String province);

	void updateSequence(@Param("province") String province, @Param("sequence") long sequence,
			@Param("now") Instant now);

	void insertUpload(@Param("province") String province, @Param("sequence") long sequence,
			@Param("fileName") String fileName, @Param("beianInfo") String beianInfo,
			@Param("beianInfoHash") String beianInfoHash, @Param("encryptAlgorithm") int encryptAlgorithm,
			@Param("operation") String operation, @Param("records") int records, @Param("now") Instant now,
			@Param("key") GeneratedKey key);

	LastUpload findLastUpload(@Param("province") String province);

	int countUndecidedUploads(@Param("province") String province);

	void insertReview(@Param("r") ReviewRow review, @Param("key") GeneratedKey key);

	void insertReviews(@Param("reviews") List<ReviewRow> reviews);

	List<SimulatorRows.ReviewIdRow> findReviewIds(@Param("uploadId") long uploadId);

	void insertReviewWebsites(@Param("websites") List<ReviewWebsiteRow> websites);

	List<ReviewRow> findDue(@Param("province") String province, @Param("receivedBefore") Instant receivedBefore);

	List<ReviewWebsiteRow> findReviewWebsites(@Param("reviewIds") List<Long> reviewIds);

	void insertReviewChange(@Param("c") ReviewChangeRow change);

	List<ReviewChangeRow> findReviewChanges(@Param("reviewIds") List<Long> reviewIds);

	/** The changes and cancellations of every province still waiting for a decision and not refused at upload. */
	List<ReviewChangeRow> findPendingChanges();

	void markDecided(@Param("id") long id, @Param("resultCode") int resultCode, @Param("now") Instant now);

}
