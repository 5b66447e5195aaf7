package cn.beianbridge.province;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;

import cn.beianbridge.province.internal.ContractProvinceCodes;
import cn.beianbridge.province.internal.ProvinceCatalogueReader;
import cn.beianbridge.province.internal.ProvinceCatalogueSettings;

/** The catalogue from the real config/provinces.yml, bound the way Spring Boot binds it, without a context. */
public final class ConfiguredProvinces {

	public static final Path FILE = Path.of("config/provinces.yml");

	private static ProvinceCatalogue catalogue;

	private ConfiguredProvinces() {
	}

	public static synchronized ProvinceCatalogue catalogue() {
		if (catalogue == null) {
			catalogue = read(text(), Map.of());
		}
		return catalogue;
	}

	public static String text() {
		try {
			return Files.readString(FILE, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param overrides properties that win over the YAML, as environment variables: spelt as properties
	 *        ({@code bridge.provinces.33.enabled}) or as variables ({@code BRIDGE_PROVINCES_33_ENABLED},
	 *        {@code BRIDGE_GW_33_PASSWORD})
	 */
	public static ProvinceCatalogue read(String yaml, Map<String, Object> overrides) {
		MutablePropertySources sources = new MutablePropertySources();
		sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				overrides));
		yamlSources(yaml).forEach(sources::addLast);
		sources.addLast(new MapPropertySource("application", Map.of("server.port", "8080")));
		return new ProvinceCatalogue(ProvinceCatalogueReader.read(bind(sources), ContractProvinceCodes.read(),
				new PropertySourcesPropertyResolver(sources)));
	}

	private static ProvinceCatalogueSettings bind(MutablePropertySources sources) {
		Binder binder = new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
		return binder.bind("bridge", ProvinceCatalogueSettings.class)
				.orElseGet(() -> new ProvinceCatalogueSettings(null, null, null));
	}

	private static List<PropertySource<?>> yamlSources(String yaml) {
		try {
			return new YamlPropertySourceLoader().load(FILE.toString(),
					new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
