package cn.beianbridge.collection;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dropFolder bulk loads: JSON files dropped here are taken in and moved to {@code done/} or
 * {@code failed/} (with a {@code .errors.json} beside the failed file)
 */
@ConfigurationProperties("bridge.collection")
public record CollectionSettings(@DefaultValue("data/drop") Path dropFolder) {
}
