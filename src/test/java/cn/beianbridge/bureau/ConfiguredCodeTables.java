package cn.beianbridge.bureau;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/** The code tables exactly as the application binds config/code-tables.yml. */
final class ConfiguredCodeTables {

	private ConfiguredCodeTables() {
	}

	static CodeTables load() {
		try {
			List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("code-tables",
					new FileSystemResource("config/code-tables.yml"));
			return new Binder(ConfigurationPropertySources.from(sources))
				.bind("bridge.code-tables", CodeTables.class)
				.orElseThrow(() -> new IllegalStateException("config/code-tables.yml binds nothing"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
