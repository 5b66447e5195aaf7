package cn.beianbridge.filing.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.beianbridge.filing.ContractCheck;
import cn.beianbridge.filing.IntakeSource;

/** Keeps input that broke the contract, whole, with every error. */
@Component
public class RejectedInputs {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final EventMapper mapper;

	RejectedInputs(EventMapper mapper) {
		this.mapper = mapper;
	}

	public void keep(IntakeSource source, String sourceRef, ContractCheck check, String raw, Instant now) {
		mapper.insertRejectedInput(source.name(), sourceRef, truncate(check.consoleFilingId()), raw,
				toJson(check), now);
	}

	private static String truncate(String id) {
		return id == null || id.length() <= 64 ? id : id.substring(0, 64);
	}

	private static String toJson(ContractCheck check) {
		try {
			return JSON.writeValueAsString(check.errors());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
