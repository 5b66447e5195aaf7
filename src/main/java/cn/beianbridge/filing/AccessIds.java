package cn.beianbridge.filing;

import java.util.Optional;

/**
 * The seam a bureau access cancellation (ZXSJ {@code Zxlb} 2) is resolved through: which website row of ours carries
 * the access the bureau names by its {@code Jrid}. The bridge does not keep access ids yet (issue 13 adds them), so
 * until that lookup is wired here every access id is unknown, and its cancellation is quarantined, never guessed.
 */
public interface AccessIds {

	/** @return our website id (IspWzid) whose access in this province has this {@code Jrid}, if we know it */
	Optional<Long> websiteOfAccess(String province, long jrid);

}
