/**
 * Purge: the nightly {@code purge} work. Raw bureau files past their retention (at least the three months the
 * bureaus require) lose their bytes but keep their row, name and hash; Spring Batch's records of long-finished
 * executions are deleted. Modules that keep raw files offer them through {@link cn.beianbridge.purge.RawFileVault}.
 */
package cn.beianbridge.purge;
