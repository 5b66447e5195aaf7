package cn.beianbridge.filing.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.beianbridge.filing.AccessIds;

/** No access id ({@code Jrid}) is stored yet: none can be resolved honestly, so each is unknown. */
@Component
class NoAccessIdsYet implements AccessIds {

	@Override
	public Optional<Long> websiteOfAccess(String province, long jrid) {
		return Optional.empty();
	}

}
