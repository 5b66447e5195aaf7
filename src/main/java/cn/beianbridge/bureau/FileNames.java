package cn.beianbridge.bureau;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Upload file names: letters and digits only, at most 128 bytes (the interface's rule). The name is the
 * zip entry's, which {@code isp_querypreviousupload} returns, so it must tell our uploads apart:
 * province code + time to the millisecond + index within the run, e.g. {@code 33202611271504050120001}.
 */
public final class FileNames {

	public static final int MAX_BYTES = 128;

	private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[A-Za-z0-9]+");

	private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

	private FileNames() {
	}

	public static String forUpload(String provinceCode, LocalDateTime at, int index) {
		if (provinceCode == null || !PROVINCE_CODE.matcher(provinceCode).matches()) {
			throw new IllegalArgumentException("The province code must be two digits, not '%s'".formatted(provinceCode));
		}
		if (index < 0 || index > 9999) {
			throw new IllegalArgumentException("The file index must be 0 to 9999, not " + index);
		}
		return requireValid(provinceCode + TIME.format(at) + "%04d".formatted(index));
	}

	public static boolean isValid(String name) {
		return name != null && name.length() <= MAX_BYTES && LETTERS_AND_DIGITS.matcher(name).matches();
	}

	public static String requireValid(String name) {
		if (!isValid(name)) {
			throw new IllegalArgumentException(
					"File name '%s' must be 1 to %d letters and digits only".formatted(name, MAX_BYTES));
		}
		return name;
	}

}
