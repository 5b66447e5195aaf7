package cn.beianbridge.purge.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.purge.PersonalDataHolder;
import cn.beianbridge.purge.PurgeSettings;
import cn.beianbridge.purge.PurgedFiles;
import cn.beianbridge.purge.RawFileVault;
import cn.beianbridge.scheduling.ScheduledWork;

/**
 * The scheduled {@code purge} work (jobs/purge.yml, nightly): every vault's settled raw files past the retention lose
 * their bytes, every holder's personal data past its retention goes, then Spring Batch's long-finished executions go,
 * each in small transactions so a large backlog never holds the tables for long. One summary line per run; a part
 * that fails is logged and the others still run.
 */
@Component
class PurgeWork implements ScheduledWork {

	private static final Logger log = LoggerFactory.getLogger(PurgeWork.class);

	private final List<RawFileVault> vaults;

	private final List<PersonalDataHolder> holders;

	private final RawFilePurge rawFiles;

	private final BatchMetadataPurge batchMetadata;

	private final PurgeSettings settings;

	private final Clock clock;

	PurgeWork(List<RawFileVault> vaults, List<PersonalDataHolder> holders, RawFilePurge rawFiles,
			BatchMetadataPurge batchMetadata, PurgeSettings settings, Clock clock) {
		this.vaults = vaults;
		this.holders = holders;
		this.rawFiles = rawFiles;
		this.batchMetadata = batchMetadata;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String jobName() {
		return "purge";
	}

	@Override
	public void run() {
		long started = System.nanoTime();
		Instant now = clock.instant();
		Instant filesBefore = now.minus(settings.retention());
		List<String> done = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		long bytes = 0;
		for (RawFileVault vault : vaults) {
			try {
				PurgedFiles purged = purge(vault, filesBefore);
				bytes += purged.bytes();
				done.add("%s %d (%s)".formatted(vault.name(), purged.files(), size(purged.bytes())));
			}
			catch (RuntimeException ex) {
				log.error("Purge of {} failed, the rest goes on (tried again on the next run): {}", vault.name(),
						ex.toString());
				failed.add(vault.name());
			}
		}
		for (PersonalDataHolder holder : holders) {
			Duration retention = holder.retention(settings.personalData());
			try {
				done.add("%s %d (older than %d days)".formatted(holder.name(), purge(holder, now.minus(retention), now),
						retention.toDays()));
			}
			catch (RuntimeException ex) {
				log.error("Purge of {} failed, the rest goes on (tried again on the next run): {}", holder.name(),
						ex.toString());
				failed.add(holder.name());
			}
		}
		// Batch writes the node's local time into its tables
		LocalDateTime batchBefore = LocalDateTime.ofInstant(now.minus(settings.batchMetadata().age()),
				ZoneId.systemDefault());
		try {
			PurgedBatchMetadata purged = purgeBatchMetadata(batchBefore);
			done.add("batch job instances %d (executions %d, step executions %d)".formatted(purged.instances(),
					purged.executions(), purged.steps()));
		}
		catch (RuntimeException ex) {
			log.error("Purge of Spring Batch metadata failed, the rest went on (tried again on the next run): {}",
					ex.toString());
			failed.add("batch metadata");
		}
		String summary = ("Purge run: %s; %s freed; raw files from before %s (retention %d days), batch executions "
				+ "finished before %s (%d days); took %d ms").formatted(String.join(", ", done), size(bytes), filesBefore,
						settings.retention().toDays(), batchBefore, settings.batchMetadata().age().toDays(),
						Duration.ofNanos(System.nanoTime() - started).toMillis());
		if (!failed.isEmpty()) {
			log.warn("{}; FAILED: {}", summary, String.join(", ", failed));
			throw new IllegalStateException("Purge of " + String.join(", ", failed) + " failed (see the log above)");
		}
		log.info(summary);
	}

	private PurgedFiles purge(RawFileVault vault, Instant before) {
		PurgedFiles total = PurgedFiles.NONE;
		PurgedFiles chunk;
		do {
			chunk = rawFiles.purgeChunk(vault, before, settings.chunkSize());
			total = total.plus(chunk);
		}
		while (chunk.files() >= settings.chunkSize());
		return total;
	}

	private int purge(PersonalDataHolder holder, Instant before, Instant now) {
		int total = 0;
		int chunk;
		do {
			chunk = holder.purge(before, now, settings.chunkSize());
			total += chunk;
		}
		while (chunk >= settings.chunkSize());
		return total;
	}

	private PurgedBatchMetadata purgeBatchMetadata(LocalDateTime before) {
		int limit = settings.batchMetadata().chunkSize();
		PurgedBatchMetadata total = PurgedBatchMetadata.NONE;
		PurgedBatchMetadata chunk;
		do {
			chunk = batchMetadata.purgeChunk(before, limit);
			total = total.plus(chunk);
		}
		while (chunk.instances() >= limit);
		return total;
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
		}
		if (bytes < 1024L * 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
		}
		return String.format(Locale.ROOT, "%.2f GiB", bytes / (1024.0 * 1024 * 1024));
	}

}
