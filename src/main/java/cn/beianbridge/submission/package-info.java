/**
 * Submission: deadline-first, exactly-once uploads of filings to their province's bureau. The {@code submit} job runs
 * the {@link cn.beianbridge.submission.ProvinceSubmitter} per province under its lease: files left open are settled
 * first (sent again, reconciled through {@code isp_querypreviousupload}, rebuilt), then the RECEIVED filings are
 * packed into files with the next {@code dataSequence} and uploaded. The {@code sla-watch} job flags filings whose
 * submission deadline passed.
 * <p>
 * Owns {@code upload_batch}, {@code upload_batch_filing}, {@code data_sequence} and {@code province_block}. Offers
 * {@code ProvinceSubmitter}, {@link cn.beianbridge.submission.UploadBatchState}, {@code SubmissionSettings}, and its
 * accepted files to the purge as a {@link cn.beianbridge.purge.RawFileVault}.
 * <p>
 * Flow: takes RECEIVED filings (from intake), moves them BATCHED then SUBMITTED (or HELD when no file can take them)
 * through {@link cn.beianbridge.filing.FilingTransitions}; next the bureau decides and download brings the decision.
 */
package cn.beianbridge.submission;
