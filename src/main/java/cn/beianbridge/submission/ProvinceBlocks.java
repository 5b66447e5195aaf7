package cn.beianbridge.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Provinces whose uploads wait for an operator: the bureau refused us there (msg_code 4, 5, 12, 13, 19, 22, a file
 * refused twice, a file emptied by a rebuild). Nothing is sent to a blocked province until the block is lifted.
 */
public interface ProvinceBlocks {

	List<Block> all();

	Optional<Block> find(String province);

	/**
	 * Lifts the block once its cause is fixed: the province's blocked files go back to BUILT, so the next submit
	 * run sends them again, with their sequence numbers.
	 *
	 * @return the number of files put back, or empty when the province was not blocked
	 */
	Optional<Integer> lift(String province);

	record Block(String province, int msgCode, String reason, Instant blockedAt) {
	}

}
