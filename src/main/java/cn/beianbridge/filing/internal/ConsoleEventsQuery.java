package cn.beianbridge.filing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.beianbridge.filing.ConsoleEventDelivery;
import cn.beianbridge.filing.ConsoleEventQuery;
import cn.beianbridge.filing.ConsoleEvents;

@Component
class ConsoleEventsQuery implements ConsoleEvents {

	private final ConsoleEventsMapper mapper;

	ConsoleEventsQuery(ConsoleEventsMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public List<ConsoleEventDelivery> find(ConsoleEventQuery query, int limit) {
		return mapper.find(query, limit);
	}

	@Override
	public long count(ConsoleEventQuery query) {
		return mapper.count(query);
	}

	@Override
	public Optional<ConsoleEventDelivery> find(String eventId) {
		return Optional.ofNullable(mapper.findByEventId(eventId));
	}

}
