package cn.beianbridge.scheduling.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.scheduling.ProvincePauses;

@Component
class DatabaseProvincePauses implements ProvincePauses {

	private static final Logger log = LoggerFactory.getLogger(DatabaseProvincePauses.class);

	private final ProvincePauseMapper mapper;

	private final Clock clock;

	DatabaseProvincePauses(ProvincePauseMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	@Override
	public Optional<Pause> find(String province) {
		return Optional.ofNullable(mapper.find(province));
	}

	@Override
	public List<Pause> all() {
		return mapper.all();
	}

	@Override
	public boolean pause(String province, String reason, String pausedBy) {
		boolean paused = mapper.insert(province, reason, pausedBy, clock.instant()) == 1;
		if (paused) {
			log.info("Province {} paused by {}: {}", province, pausedBy, reason);
		}
		return paused;
	}

	@Override
	public boolean resume(String province) {
		boolean resumed = mapper.delete(province) == 1;
		if (resumed) {
			log.info("Province {} resumed", province);
		}
		return resumed;
	}

}
