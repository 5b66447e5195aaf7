package cn.beianbridge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ByteArrayResource;

import cn.beianbridge.filing.CancelReasons;

/** The cancel-reason table of the real config/cancel-reasons.yml, bound as Spring Boot binds it. */
public final class ConfiguredCancelReasons {

	private static final Path FILE = Path.of("config/cancel-reasons.yml");

	private ConfiguredCancelReasons() {
	}

	public static CancelReasons table() {
		try {
			MutablePropertySources sources = new MutablePropertySources();
			new YamlPropertySourceLoader().load(FILE.toString(), new ByteArrayResource(Files.readAllBytes(FILE)))
				.forEach(sources::addLast);
			return new Binder(ConfigurationPropertySources.from(sources)).bind("bridge.cancel-reasons", CancelReasons.class)
				.orElseThrow(() -> new IllegalStateException(FILE + " has no bridge.cancel-reasons"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
