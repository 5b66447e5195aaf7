package cn.beianbridge.filing;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.filing.internal.HostedObjectRows;

/**
 * Keeps the bureau's ids (BASJ) of what we host, found again through {@link HostedObjects}. Keeping the same ids
 * again changes nothing; an id that differs from the one kept is replaced by the newer, logged, and noted in the
 * filing's history.
 */
@Service
public class BureauIds {

	private final HostedObjectRows rows;

	BureauIds(HostedObjectRows rows) {
		this.rows = rows;
	}

	/**
	 * @param actor and {@code cause} name where the ids came from, for the history ({@code BASJ in file …})
	 * @return the ids that replaced different ones, as the history tells them; empty when none did
	 */
	@Transactional
	public List<String> keep(WebsiteIds ids, String actor, String cause) {
		return rows.keep(ids, actor, cause);
	}

	/**
	 * The bureau's ids of one website of ours and its parts; a null or absent one is left as kept.
	 *
	 * @param ztid its entity's, kept on the website's filing
	 * @param jrid our access's
	 * @param ymids our domain id → the bureau's {@code Ymid}
	 * @param ipids our IP range id → the bureau's {@code Ipid}
	 */
	public record WebsiteIds(long websiteId, Long ztid, long wzid, Long jrid, Map<Long, Long> ymids,
			Map<Long, Long> ipids) {

		public WebsiteIds {
			ymids = Map.copyOf(ymids);
			ipids = Map.copyOf(ipids);
		}

	}

}
