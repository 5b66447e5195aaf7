/**
 * Purge: the nightly {@code purge} work. Raw bureau files past their retention (at least the three months the
 * bureaus require) lose their bytes but keep their row, name and hash; Spring Batch's records of long-finished
 * executions are deleted.
 * <p>
 * Owns Spring Batch's {@code BATCH_*} tables (Batch writes them; purge deletes old finished job instances). The raw
 * files stay in their modules' tables, offered through {@link cn.beianbridge.purge.RawFileVault} (submission's upload
 * files, download's files): each says which files are settled and drops their bytes, one locked chunk at a time.
 * Offers {@code RawFileVault}, {@link cn.beianbridge.purge.PurgeableFile}, {@link cn.beianbridge.purge.PurgedFiles}
 * and {@link cn.beianbridge.purge.PurgeSettings}.
 * <p>
 * Not a step of the flow: it only tidies what submission and download have settled.
 */
package cn.beianbridge.purge;
