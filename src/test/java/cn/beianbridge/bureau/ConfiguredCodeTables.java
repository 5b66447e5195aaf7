package cn.beianbridge.bureau;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/** The code tables (and other settings files of config/) exactly as the application binds them. */
final class ConfiguredCodeTables {

	private ConfiguredCodeTables() {
	}

	static CodeTables load() {
		return bind("config/code-tables.yml", "bridge.code-tables", CodeTables.class);
	}

	/** A settings record exactly as the application binds its file under {@code prefix}. */
	static <T> T bind(String file, String prefix, Class<T> type) {
		try {
			List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file, new FileSystemResource(file));
			return new Binder(ConfigurationPropertySources.from(sources))
				.bind(prefix, type)
				.orElseThrow(() -> new IllegalStateException(file + " binds nothing under " + prefix));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
