package cn.beianbridge.calendar.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import cn.beianbridge.calendar.CalendarYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of yearly calendar files ({@code cn-*.yml}). Remembers what it last read successfully,
 * so a caller can cheaply ask whether anything was added, changed or removed since.
 */
public final class CalendarDirectory {

	private static final Logger log = LoggerFactory.getLogger(CalendarDirectory.class);

	private final Path directory;

	/** name, size and modification time of each file at the last successful read; null before. */
	private volatile List<String> lastRead;

	public CalendarDirectory(Path directory) {
		this.directory = directory;
	}

	public Path directory() {
		return this.directory;
	}

	/** Every year in the folder; a malformed file fails the whole read so no half-set is ever used. */
	public List<CalendarYear> read() {
		List<String> fingerprint = fingerprint();
		if (!Files.isDirectory(this.directory)) {
			log.warn("Calendar directory {} does not exist: every date follows the Monday-Friday rule",
					this.directory.toAbsolutePath());
		}
		List<CalendarYear> years = new ArrayList<>();
		for (Path file : files()) {
			years.add(CalendarFileParser.parse(file));
		}
		this.lastRead = fingerprint;
		return years;
	}

	/** True when the files differ from the last successful read (or there was none). */
	public boolean changedSinceLastRead() {
		return !fingerprint().equals(this.lastRead);
	}

	private List<String> fingerprint() {
		List<String> fingerprint = new ArrayList<>();
		for (Path file : files()) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				fingerprint.add(file.getFileName() + "|" + attributes.size() + "|" + attributes.lastModifiedTime());
			}
			catch (IOException ex) {
				// vanished between listing and reading: count it as changed
				fingerprint.add(file.getFileName() + "|gone");
			}
		}
		return fingerprint;
	}

	private List<Path> files() {
		if (!Files.isDirectory(this.directory)) {
			return List.of();
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(this.directory, "cn-*.yml")) {
			stream.forEach(files::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list calendar directory " + this.directory, ex);
		}
		files.sort(null);
		return files;
	}

}
