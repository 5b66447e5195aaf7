package cn.beianbridge.collection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import cn.beianbridge.collection.CollectionSettings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.shared.CappedInputStream;

/**
 * The Java side of route {@code collect-drop-folder}: a dropped file holds one filing or an array of them.
 * Every filing is taken in on its own; if any is rejected, the file goes to {@code failed/} with a
 * {@code <name>.errors.json} beside it naming each rejected item and its errors. An array is read as it streams,
 * one filing at a time; a file above {@code bridge.collection.max-file-size} is not read at all.
 */
@Component("dropFolderIntake")
class DropFolderIntake {

	private static final Logger log = LoggerFactory.getLogger(DropFolderIntake.class);

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private final RetryingIntake intake;

	private final Path failedFolder;

	private final long maxFileSize;

	DropFolderIntake(RetryingIntake intake, CollectionSettings settings) {
		this.intake = intake;
		this.failedFolder = settings.dropFolder().resolve("failed");
		this.maxFileSize = settings.maxFileSize().toBytes();
	}

	public void accept(Exchange exchange) throws IOException {
		String fileName = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
		Long length = exchange.getMessage().getHeader(Exchange.FILE_LENGTH, Long.class);
		List<Map<String, Object>> failures = new ArrayList<>();
		List<IntakeResult> results = new ArrayList<>();
		if (length != null && length > maxFileSize) {
			String problem = ("the file is %d bytes, larger than the %d bytes a dropped file may hold "
					+ "(bridge.collection.max-file-size); split it into smaller files").formatted(length, maxFileSize);
			failures.add(failure(null, null, List.of(Reason.of("FILE_TOO_LARGE", "$", problem))));
			log.warn("Drop folder file {} not read: {}", fileName, problem);
			writeErrors(fileName, failures);
			throw new RejectedDropFile(fileName + ": not read, " + problem);
		}
		if (!acceptArray(exchange, fileName, results, failures)) {
			IntakeResult result = intake.accept(readAll(exchange, fileName), IntakeSource.DROP_FOLDER, fileName);
			results.add(result);
			recordFailure(failures, null, result);
		}
		log.info("Drop folder file {}: {} filing(s), {} rejected", fileName, results.size(), failures.size());
		if (!failures.isEmpty()) {
			writeErrors(fileName, failures);
			throw new RejectedDropFile(fileName + ": " + failures.size() + " filing(s) rejected, see failed/" + fileName
					+ ".errors.json");
		}
	}

	private void writeErrors(String fileName, List<Map<String, Object>> failures) throws IOException {
		Files.createDirectories(failedFolder);
		Files.write(failedFolder.resolve(fileName + ".errors.json"), JSON.writeValueAsBytes(failures));
	}

	/** @return false when the file does not start with an array: it is one filing (or not JSON at all) */
	private boolean acceptArray(Exchange exchange, String fileName, List<IntakeResult> results,
			List<Map<String, Object>> failures) throws IOException {
		try (InputStream in = open(exchange, fileName); JsonParser parser = JsonItems.FACTORY.createParser(in)) {
			if (!startsWithArray(parser)) {
				return false;
			}
			for (int i = 0;; i++) {
				byte[] item;
				try {
					if (parser.nextToken() == JsonToken.END_ARRAY) {
						return true;
					}
					item = JsonItems.copy(parser);
				}
				catch (JsonProcessingException broken) {
					// the filings before it are taken; what follows cannot be told apart
					failures.add(failure(i, null, List.of(Reason.of("JSON", "$[" + i + "]",
							"the file is not valid JSON from here: " + broken.getOriginalMessage()))));
					return true;
				}
				IntakeResult result = intake.accept(item, IntakeSource.DROP_FOLDER, fileName + "[" + i + "]");
				results.add(result);
				recordFailure(failures, i, result);
			}
		}
	}

	private static boolean startsWithArray(JsonParser parser) throws IOException {
		try {
			return parser.nextToken() == JsonToken.START_ARRAY;
		}
		catch (JsonProcessingException notJson) {
			return false; // the contract check reports it, naming the field "$"
		}
	}

	private InputStream open(Exchange exchange, String fileName) {
		return new CappedInputStream(exchange.getMessage().getBody(InputStream.class), maxFileSize,
				"the dropped file " + fileName);
	}

	private byte[] readAll(Exchange exchange, String fileName) throws IOException {
		try (InputStream in = open(exchange, fileName)) {
			return in.readAllBytes();
		}
	}

	private static void recordFailure(List<Map<String, Object>> failures, Integer index, IntakeResult result) {
		if (result.outcome() == IntakeResult.Outcome.REJECTED) {
			failures.add(failure(index, result.consoleFilingId(), result.reasons()));
		}
	}

	private static Map<String, Object> failure(Integer index, String consoleFilingId, List<Reason> errors) {
		Map<String, Object> failure = new LinkedHashMap<>();
		if (index != null) {
			failure.put("index", index);
		}
		failure.put("consoleFilingId", consoleFilingId);
		failure.put("errors", errors);
		return failure;
	}

	/** Moves the file to failed/ (Camel's moveFailed); the filings that were valid are stored already. */
	static class RejectedDropFile extends RuntimeException {

		RejectedDropFile(String message) {
			super(message);
		}

	}

}
