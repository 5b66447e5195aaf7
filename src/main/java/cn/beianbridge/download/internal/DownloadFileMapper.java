package cn.beianbridge.download.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.purge.PurgeableFile;

@Mapper
interface DownloadFileMapper {

	/**
	 * INSERT IGNORE: a file the bureau sends again is the row we already have.
	 *
	 * @param unpackError why the file could not be unpacked ({@code content} is then the beianInfo as it came)
	 */
	void insertIgnore(@Param("province") String province, @Param("fileName") String fileName,
			@Param("kind") String kind, @Param("content") byte[] content, @Param("hash") String beianInfoHash,
			@Param("now") Instant now, @Param("sha256") String contentSha256, @Param("unpackError") String unpackError);

	Long findId(@Param("province") String province, @Param("fileName") String fileName);

	/** Locks the row, so two nodes cannot apply the same file at once. */
	StoredDownload lockById(@Param("id") long id);

	/** {@link #lockById} for a file whose document is read already: its content is not loaded again. */
	StoredDownload lockWithoutContent(@Param("id") long id);

	/** The first applied file of the province, before this one, with the same content. */
	EarlierFile findEarlierWithContent(@Param("province") String province, @Param("sha256") String contentSha256,
			@Param("id") long id);

	/** Applied by being the same as an earlier file: nothing of it is applied again. */
	void markDuplicate(@Param("id") long id, @Param("duplicateOf") long duplicateOf, @Param("now") Instant now);

	/** Files stored by a run that stopped before applying them, oldest first. */
	List<Long> findUnapplied(@Param("province") String province);

	/** Applied files the bureau was never heard to take back, oldest first. */
	List<UnacknowledgedFile> findUnacknowledged(@Param("province") String province, @Param("limit") int limit);

	void markApplied(@Param("id") long id, @Param("now") Instant now);

	void markAcked(@Param("id") long id, @Param("now") Instant now);

	/** Applied and acknowledged files received before {@code before} that still hold bytes, locked, oldest first. */
	List<PurgeableFile> lockPurgeable(@Param("before") Instant before, @Param("limit") int limit);

	/** Drops the bytes of these files (if still applied and acknowledged), keeping their rows. */
	int purge(@Param("ids") List<Long> ids, @Param("now") Instant now);

	void insertQuarantine(@Param("province") String province, @Param("fileName") String fileName,
			@Param("identifier") String identifier, @Param("code") String code, @Param("text") String text,
			@Param("now") Instant now);

	List<cn.beianbridge.download.QuarantinedResult> findQuarantined(@Param("open") boolean open,
			@Param("limit") int limit);

	cn.beianbridge.download.QuarantinedResult findQuarantinedById(@Param("id") long id);

	/** @return 1, or 0 when it was settled already */
	int resolveQuarantine(@Param("id") long id, @Param("now") Instant now, @Param("by") String by,
			@Param("resolution") String resolution, @Param("reason") String reason, @Param("filingId") Long filingId);

	/** The id of an open quarantine row of the province with this identifier and code, in any file, or null. */
	Long openQuarantine(@Param("province") String province, @Param("identifier") String identifier,
			@Param("code") String code);

	boolean quarantinedBefore(@Param("province") String province, @Param("fileName") String fileName,
			@Param("identifier") String identifier, @Param("code") String code, @Param("text") String text);

}
