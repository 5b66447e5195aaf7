package cn.beianbridge.simulator.bureau;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import cn.beianbridge.bureau.peer.UploadedFile.UploadedNewAccess;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedRange;

/**
 * The provider's ids a record under review brings (IspYmid, IspJrid, IspIpid), kept as text in its review rows as the
 * domains are: ids space-separated, a range as {@code ispIpid:start:end}. The bureau sends them back in its BASJ.
 */
final class OurIds {

	private OurIds() {
	}

	static String ids(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(" "));
	}

	static List<Long> ids(String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(" ")).map(Long::valueOf).toList();
	}

	static String ranges(UploadedNewAccess access) {
		return access == null ? null : access.ranges().stream()
			.map(range -> range.ispIpid() + ":" + range.start() + ":" + range.end())
			.collect(Collectors.joining(" "));
	}

	static UploadedNewAccess access(Long ispJrid, String ranges) {
		if (ispJrid == null) {
			return null;
		}
		List<UploadedRange> read = ranges == null || ranges.isBlank() ? List.of() : Arrays.stream(ranges.split(" "))
			.map(range -> range.split(":"))
			.map(parts -> new UploadedRange(Long.parseLong(parts[0]), null, Long.parseLong(parts[1]), Long.parseLong(parts[2])))
			.toList();
		return new UploadedNewAccess(ispJrid, read);
	}

}
