package cn.beianbridge.collection.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import cn.beianbridge.collection.CollectionSettings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;

/**
 * The Java side of route {@code collect-drop-folder}: a dropped file holds one filing or an array of them.
 * Every filing is taken in on its own; if any is rejected, the file goes to {@code failed/} with a
 * {@code <name>.errors.json} beside it naming each rejected item and its errors.
 */
@Component("dropFolderIntake")
class DropFolderIntake {

	private static final Logger log = LoggerFactory.getLogger(DropFolderIntake.class);

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private final RetryingIntake intake;

	private final Path failedFolder;

	DropFolderIntake(RetryingIntake intake, CollectionSettings settings) {
		this.intake = intake;
		this.failedFolder = settings.dropFolder().resolve("failed");
	}

	public void accept(Exchange exchange) throws IOException {
		String fileName = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
		byte[] bytes = exchange.getMessage().getBody(byte[].class);
		List<Map<String, Object>> failures = new ArrayList<>();
		List<IntakeResult> results = new ArrayList<>();
		JsonNode root = readOrNull(bytes);
		if (root != null && root.isArray()) {
			for (int i = 0; i < root.size(); i++) {
				IntakeResult result = intake.accept(root.get(i), IntakeSource.DROP_FOLDER, fileName + "[" + i + "]");
				results.add(result);
				recordFailure(failures, i, result);
			}
		}
		else {
			IntakeResult result = intake.accept(bytes, IntakeSource.DROP_FOLDER, fileName);
			results.add(result);
			recordFailure(failures, null, result);
		}
		log.info("Drop folder file {}: {} filing(s), {} rejected", fileName, results.size(), failures.size());
		if (!failures.isEmpty()) {
			Files.createDirectories(failedFolder);
			Files.write(failedFolder.resolve(fileName + ".errors.json"), JSON.writeValueAsBytes(failures));
			throw new RejectedDropFile(fileName, failures.size());
		}
	}

	private static void recordFailure(List<Map<String, Object>> failures, Integer index, IntakeResult result) {
		if (result.outcome() != IntakeResult.Outcome.REJECTED) {
			return;
		}
		Map<String, Object> failure = new LinkedHashMap<>();
		if (index != null) {
			failure.put("index", index);
		}
		failure.put("consoleFilingId", result.consoleFilingId());
		failure.put("errors", result.reasons());
		failures.add(failure);
	}

	private static JsonNode readOrNull(byte[] bytes) {
		try {
			return JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
		}
		catch (IOException notJson) {
			return null; // the contract check reports it, naming the field "$"
		}
	}

	/** Moves the file to failed/ (Camel's moveFailed); the filings that were valid are stored already. */
	static class RejectedDropFile extends RuntimeException {

		RejectedDropFile(String fileName, int rejected) {
			super(fileName + ": " + rejected + " filing(s) rejected, see failed/" + fileName + ".errors.json");
		}

	}

}
