package cn.beianbridge.calendar;

import java.nio.file.Path;
import java.util.List;

/** A calendar file that cannot be trusted; the message names the file and every faulty field. */
public class CalendarFileException extends RuntimeException {

	private final transient Path file;

	private final List<String> problems;

	public CalendarFileException(Path file, List<String> problems) {
		super(file + ": " + String.join("; ", problems));
		this.file = file;
		this.problems = List.copyOf(problems);
	}

	public Path file() {
		return this.file;
	}

	public List<String> problems() {
		return this.problems;
	}

}
