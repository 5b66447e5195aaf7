package cn.beianbridge.filing.internal;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.beianbridge.filing.ContractCheck;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.shared.Sha256;

/** Keeps input that broke the contract, whole, with every error, once per source and content. */
@Component
public class RejectedInputs {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final EventMapper mapper;

	RejectedInputs(EventMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * @return false when the same bytes from the same source were kept before (a page re-read after a crash, a
	 *         retried push): nothing new is kept, and the caller raises no second event
	 */
	public boolean keep(IntakeSource source, String sourceRef, ContractCheck check, String raw, Instant now) {
		String digest = Sha256.hex(raw);
		if (mapper.rejectedInputKept(source.name(), digest)) {
			return false;
		}
		try {
			mapper.insertRejectedInput(source.name(), sourceRef, truncate(check.consoleFilingId()), raw, digest,
					toJson(check), now);
			return true;
		}
		catch (DuplicateKeyException concurrently) {
			return false;
		}
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
