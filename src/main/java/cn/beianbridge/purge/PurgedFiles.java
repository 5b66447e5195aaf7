package cn.beianbridge.purge;

/** Files whose bytes a purge dropped, and how many bytes that freed. */
public record PurgedFiles(int files, long bytes) {

	public static final PurgedFiles NONE = new PurgedFiles(0, 0);

	public PurgedFiles plus(PurgedFiles other) {
		return new PurgedFiles(files + other.files, bytes + other.bytes);
	}

}
