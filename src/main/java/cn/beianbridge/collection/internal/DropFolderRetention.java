package cn.beianbridge.collection.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import cn.beianbridge.collection.CollectionSettings;
import cn.beianbridge.purge.PersonalDataHolder;
import cn.beianbridge.purge.PurgeSettings;

/**
 * Bulk loads the drop folder has taken in ({@code done/}) or refused ({@code failed/}, with their error files): whole
 * filings, so deleted once older than the retention (by their last modification: when they were dropped, or their error file written). Files still waiting in the
 * folder itself are never touched.
 */
@Component
class DropFolderRetention implements PersonalDataHolder {

	private final Path dropFolder;

	DropFolderRetention(CollectionSettings settings) {
		this.dropFolder = settings.dropFolder();
	}

	@Override
	public String name() {
		return "drop-folder files";
	}

	@Override
	public Duration retention(PurgeSettings.PersonalData settings) {
		return settings.dropFolder();
	}

	@Override
	public int purge(Instant before, Instant now, int limit) {
		List<Path> due = new ArrayList<>();
		for (String settled : List.of("done", "failed")) {
			Path folder = dropFolder.resolve(settled);
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> files = Files.list(folder)) {
				files.filter(file -> Files.isRegularFile(file) && modifiedBefore(file, before))
					.limit(limit - due.size())
					.forEach(due::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list " + folder, ex);
			}
		}
		int deleted = 0;
		for (Path file : due) {
			try {
				deleted += Files.deleteIfExists(file) ? 1 : 0;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot delete " + file.getFileName(), ex);
			}
		}
		return deleted;
	}

	private static boolean modifiedBefore(Path file, Instant before) {
		try {
			return Files.getLastModifiedTime(file).toInstant().isBefore(before);
		}
		catch (IOException ex) {
			return false; // gone meanwhile, or unreadable: left for the next run
		}
	}

}
