package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.filing.AwaitingApproval;

/** {@code approval_awaiting_numbers}: approvals (BAJG 1001) waiting for their ICP numbers (BASJ). */
@Mapper
public interface AwaitingNumbersMapper {

	/** INSERT IGNORE: the first approval of a filing is the one kept. @return 1 when inserted */
	int insertIgnore(@Param("filingId") long filingId, @Param("province") String province,
			@Param("fileName") String fileName, @Param("approvedAt") Instant approvedAt, @Param("askAt") Instant askAt);

	AwaitingApproval find(@Param("filingId") long filingId);

	/** Locks the flag, so two nodes cannot both complete the approval. */
	AwaitingApproval lock(@Param("filingId") long filingId);

	int delete(@Param("filingId") long filingId);

	List<AwaitingApproval> findDue(@Param("province") String province, @Param("now") Instant now,
			@Param("limit") int limit);

	/** @return 1, or 0 when the approval was completed meanwhile */
	int updateAsked(@Param("filingId") long filingId, @Param("askAt") Instant askAt, @Param("answer") String answer,
			@Param("now") Instant now);

	long countInProvince(@Param("province") String province);

	/** How many wait, and how many of them the operators were alerted about. */
	AwaitingCount count();

	record AwaitingCount(long awaiting, long alerted) {
	}

}
