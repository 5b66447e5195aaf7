package cn.beianbridge.crypto.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.crypto.CryptoSettings;
import cn.beianbridge.crypto.Resealable;
import cn.beianbridge.scheduling.ScheduledWork;

/**
 * The scheduled {@code reseal} work (jobs/reseal.yml): after a master key rotation retired data keys, every module's
 * sealed rows under them are sealed again under the active data key, one chunk per transaction. Progress is kept per
 * table, so a run cut short (a crash, a restart) goes on where it stopped; a pass that went through every table is not
 * repeated until another data key is retired.
 */
@Component
class ResealWork implements ScheduledWork {

	private static final Logger log = LoggerFactory.getLogger(ResealWork.class);

	private final List<Resealable> tables;

	private final DataKeys keys;

	private final DataKeyMapper mapper;

	private final CryptoSettings settings;

	private final Clock clock;

	ResealWork(List<Resealable> tables, DataKeys keys, DataKeyMapper mapper, CryptoSettings settings, Clock clock) {
		this.tables = tables;
		this.keys = keys;
		this.mapper = mapper;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String jobName() {
		return "reseal";
	}

	@Override
	public void run() {
		int generation = keys.newestRetired();
		if (generation == 0) {
			return;
		}
		long started = System.nanoTime();
		int limit = settings.reseal().chunkSize();
		List<String> done = new ArrayList<>();
		for (Resealable table : tables) {
			ResealProgress progress = mapper.findProgress(table.name());
			if (progress == null) {
				progress = new ResealProgress(table.name(), generation, null, false);
				mapper.insertProgress(progress, clock.instant());
			}
			else if (progress.generation() != generation) {
				progress = new ResealProgress(table.name(), generation, null, false);
			}
			if (progress.done()) {
				continue;
			}
			long scanned = 0;
			long resealed = 0;
			Resealable.ResealedChunk chunk;
			do {
				chunk = table.resealAfter(progress.cursorValue(), limit);
				scanned += chunk.scanned();
				resealed += chunk.resealed();
				String cursor = chunk.scanned() == 0 ? progress.cursorValue() : chunk.nextCursor();
				progress = new ResealProgress(table.name(), generation, cursor, chunk.last());
				// after the chunk's own commit: a crash in between repeats a chunk that is then current, harmless
				mapper.updateProgress(progress, clock.instant());
			}
			while (!progress.done());
			done.add("%s %d of %d".formatted(table.name(), resealed, scanned));
		}
		if (!done.isEmpty()) {
			log.info("Reseal pass for data keys retired up to {}: re-encrypted rows {}; took {} ms", generation,
					String.join(", ", done), Duration.ofNanos(System.nanoTime() - started).toMillis());
		}
	}

}
