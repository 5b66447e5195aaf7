package cn.beianbridge.ops.internal;

import java.util.Base64;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.ops.internal.OpsAudit.Change;
import cn.beianbridge.submission.UploadBatchState;
import cn.beianbridge.submission.UploadFiles;

/** A province's upload files: their states and the bureau's answers, the file as sent, reconciling an UNKNOWN one. */
@Service
public class UploadFileOperations {

	static final int LIST_LIMIT = 50;

	private final UploadFiles files;

	private final ProvinceOperations provinces;

	private final OpsAudit audit;

	UploadFileOperations(UploadFiles files, ProvinceOperations provinces, OpsAudit audit) {
		this.files = files;
		this.provinces = provinces;
		this.audit = audit;
	}

	/** The province's latest files, newest first. */
	@PreAuthorize("hasRole('VIEWER')")
	public List<UploadFiles.UploadFile> files(String province) {
		provinces.province(province);
		return files.ofProvince(province, LIST_LIMIT);
	}

	/** The file with every move it made. */
	@PreAuthorize("hasRole('VIEWER')")
	public FileHistory file(String province, long id) {
		UploadFiles.UploadFile file = known(province, id);
		return new FileHistory(file, files.moves(id));
	}

	/**
	 * The file exactly as sent (the zip, as encrypted for the bureau where its gateway encrypts): it holds every
	 * personal datum of its filings, so it takes an admin and the download is audited.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public SentFile sent(String province, long id) {
		UploadFiles.UploadFile file = known(province, id);
		String beianInfo = files.sent(id)
			.orElseThrow(() -> OpsProblem.refused("the bytes of upload file " + file.fileName() + " were purged"));
		byte[] zip = Base64.getMimeDecoder().decode(beianInfo);
		audit.record(Change.of("upload-file.download", "upload-file:" + id, "raw file read from the vault",
				zip.length + " bytes"));
		String suffix = file.encryptAlgorithm() == PackedPayload.PLAINTEXT ? ".zip" : ".zip.aes";
		return new SentFile(file.fileName() + suffix, zip);
	}

	/**
	 * Asks the bureau now whether it received an UNKNOWN file (its reply was lost): received, the file is ACCEPTED
	 * and its filings SUBMITTED; not, it goes with the next submit run under its sequence. No answer changes nothing.
	 */
	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional
	public UploadFiles.Reconciled reconcile(String province, long id, String reason) {
		UploadFiles.UploadFile file = known(province, id);
		String why = OpsProblem.requireReason(reason);
		if (file.state() != UploadBatchState.UNKNOWN) {
			throw OpsProblem.refused("upload file " + file.fileName() + " is " + file.state() + ", not UNKNOWN");
		}
		UploadFiles.Reconciled outcome;
		try {
			outcome = files.reconcile(id);
		}
		catch (IllegalStateException ex) {
			throw OpsProblem.refused(ex.getMessage());
		}
		if (outcome == UploadFiles.Reconciled.NO_ANSWER) {
			throw OpsProblem.refused("the bureau of province " + province
					+ " did not answer isp_querypreviousupload: the file stays UNKNOWN");
		}
		UploadBatchState after = outcome == UploadFiles.Reconciled.ACCEPTED ? UploadBatchState.ACCEPTED
				: UploadBatchState.BUILT;
		audit.record(Change.of("upload-file.reconcile", "upload-file:" + id, why,
				outcome == UploadFiles.Reconciled.ACCEPTED ? "the bureau has it: accepted"
						: "the bureau does not have it: sent again by the next submit run")
			.states("UNKNOWN (dataSequence " + file.dataSequence() + ")", after.name()));
		return outcome;
	}

	private UploadFiles.UploadFile known(String province, long id) {
		provinces.province(province);
		return files.find(id)
			.filter(file -> file.province().equals(province))
			.orElseThrow(() -> OpsProblem.notFound("no upload file " + id + " in province " + province));
	}

	public record FileHistory(UploadFiles.UploadFile file, List<UploadFiles.Move> moves) {
	}

	public record SentFile(String fileName, byte[] zip) {
	}

}
