/**
 * Purge: the nightly {@code purge} work. Raw bureau files past their retention (at least the three months the
 * bureaus require) lose their bytes but keep their row, name and hash; personal data past its retention
 * ({@code bridge.purge.personal-data.*}, PIPL art. 19) goes; Spring Batch's records of long-finished executions are
 * deleted.
 * <p>
 * Owns Spring Batch's {@code BATCH_*} tables (Batch writes them; purge deletes old finished job instances). The raw
 * files stay in their modules' tables, offered through {@link cn.beianbridge.purge.RawFileVault} (submission's upload
 * files, download's files): each says which files are settled and drops their bytes, one locked chunk at a time.
 * Records holding personal data stay in theirs too, offered through {@link cn.beianbridge.purge.PersonalDataHolder}
 * (filing: decided filings, rejected inputs, delivered events; notification: notifications; collection: the drop
 * folder's files): each knows what is done with and purges it one chunk, one transaction, at a time.
 * Offers {@link cn.beianbridge.purge.BatchRuns} (a search over Batch's executions, for the console), {@code RawFileVault}, {@code PersonalDataHolder}, {@link cn.beianbridge.purge.PurgeableFile}, {@link cn.beianbridge.purge.PurgedFiles}
 * and {@link cn.beianbridge.purge.PurgeSettings}.
 * <p>
 * Not a step of the flow: it only tidies what submission and download have settled.
 */
package cn.beianbridge.purge;
