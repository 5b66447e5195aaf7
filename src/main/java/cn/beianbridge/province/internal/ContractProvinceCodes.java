package cn.beianbridge.province.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The province codes a filing may carry, as the filing contract lists them: the catalogue must have exactly these,
 * and the list lives in one place only.
 */
public final class ContractProvinceCodes {

	static final String CONTRACT = "contracts/filing.schema.json";

	private ContractProvinceCodes() {
	}

	public static Set<String> read() {
		try (InputStream schema = new ClassPathResource(CONTRACT).getInputStream()) {
			JsonNode codes = JsonMapper.builder().build().readTree(schema).path("properties").path("province").path("enum");
			Set<String> result = new LinkedHashSet<>();
			codes.forEach(code -> result.add(code.asString()));
			if (result.isEmpty()) {
				throw new IllegalStateException(CONTRACT + " lists no province codes under properties.province.enum");
			}
			return Set.copyOf(result);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + CONTRACT + " from the classpath", ex);
		}
	}

}
