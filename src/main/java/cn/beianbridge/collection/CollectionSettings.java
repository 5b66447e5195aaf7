package cn.beianbridge.collection;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param dropFolder bulk loads: JSON files dropped here are taken in and moved to {@code done/} or
 * {@code failed/} (with a {@code .errors.json} beside the failed file)
 * @param maxFileSize a dropped file larger than this is not read: it goes to {@code failed/} with its error file.
 * The filings of a file are read one at a time, so this bounds the disk and the time a file takes, and a single
 * filing's size; split larger loads into several files
 */
@ConfigurationProperties("bridge.collection")
public record CollectionSettings(@DefaultValue("data/drop") Path dropFolder,
		@DefaultValue("64MB") DataSize maxFileSize) {

	public CollectionSettings {
		if (maxFileSize == null || maxFileSize.toBytes() < 1) {
			throw new IllegalArgumentException("bridge.collection.max-file-size must be positive, was " + maxFileSize);
		}
	}

}
