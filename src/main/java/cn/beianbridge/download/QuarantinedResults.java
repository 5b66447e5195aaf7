package cn.beianbridge.download;

import java.util.Map;

/** Results kept in quarantine for an operator (unmatched, unappliable, unreadable files), read-only. */
public interface QuarantinedResults {

	/** Per province with any, how many results are in quarantine. */
	Map<String, Long> countByProvince();

}
