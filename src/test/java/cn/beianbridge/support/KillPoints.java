package cn.beianbridge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Where the chaos test kills its node: a seeded random picks a phase for each kill, then the kill waits until the
 * database shows the node in that phase (an upload on the way, a downloaded file not yet acknowledged, console events
 * or notifications claimed for sending), or kills during start-up, or anywhere after it; a phase not seen within
 * {@link #PHASE_WAIT} is killed where it stands. Only what the node started since it became ready counts: what the
 * killed process left (an upload still UPLOADING, a file not acknowledged) is no sign of the phase. It also watches the work done (a progress count) to tell how long
 * after each kill the restarted node got work done again.
 */
public final class KillPoints {

	/** A phase not seen within this is given up on: the kill happens where the node stands. */
	static final Duration PHASE_WAIT = Duration.ofSeconds(30);

	static final String READY = "Quartz started: the application is ready";

	/** What the node is doing at a kill, as the database shows it. */
	public enum Phase {

		UPLOAD("select concat(id, '') from upload_batch where state = 'UPLOADING'"),
		DOWNLOAD("select concat(id, '') from download_file where acked_at is null and duplicate_of is null"),
		SYNC("select distinct claimed_node from filing_event where claimed_node is not null"),
		NOTIFY("select distinct claimed_node from notification where claimed_node is not null"),
		STARTUP(null), ANYWHERE(null);

		static final List<Phase> WORK = List.of(UPLOAD, DOWNLOAD, SYNC, NOTIFY);

		private final String sql;

		Phase(String sql) {
			this.sql = sql;
		}

		/** The uploads, files or claimants in this phase now. */
		Set<String> now(JdbcTemplate jdbc) {
			return new HashSet<>(jdbc.queryForList(sql, String.class));
		}

	}

	private static final String PROGRESS = "select (select count(*) from filing) + (select count(*) from rejected_input)"
			+ " + (select count(*) from upload_batch where state = 'ACCEPTED') + (select count(*) from filing_history "
			+ "where to_state in ('APPROVED', 'REJECTED', 'REFUSED')) + (select count(*) from filing_event where "
			+ "delivery_status = 'DELIVERED') + (select count(*) from notification where status = 'SENT')";

	private final JdbcTemplate jdbc;

	private final Random random;

	private final Path log;

	private final List<long[]> progress = new ArrayList<>();

	private final Thread watcher;

	private long startedAt;

	private long logOffset;

	/** Per phase, what was in it when the node became ready (left by the killed process); null before. */
	private Map<Phase, Set<String>> leftOver;

	public KillPoints(JdbcTemplate jdbc, Random random, Path log) {
		this.jdbc = jdbc;
		this.random = random;
		this.log = log;
		this.watcher = new Thread(this::watchProgress, "chaos-progress");
		watcher.setDaemon(true);
		watcher.start();
	}

	/** A node process was just started: its readiness is looked for in the log from here on. */
	public void started() throws IOException {
		startedAt = System.nanoTime();
		logOffset = Files.exists(log) ? Files.size(log) : 0;
		leftOver = null;
	}

	public long startedAt() {
		return startedAt;
	}

	/** Waits until the node started last is ready (its scheduler started). */
	public void awaitReady() {
		if (leftOver == null) {
			await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(this::ready);
			leftOver = new EnumMap<>(Phase.class);
			Phase.WORK.forEach(phase -> leftOver.put(phase, phase.now(jdbc)));
		}
	}

	/** Picks the k-th kill point and waits for it: returns when the node should be killed. */
	public Kill next(int k) throws InterruptedException {
		Phase phase = Phase.values()[random.nextInt(Phase.values().length)];
		long pause = random.nextInt(10_000);
		if (phase == Phase.STARTUP) {
			Thread.sleep(Math.max(0, 1_000 + pause - (System.nanoTime() - startedAt) / 1_000_000));
			return kill(k, phase, true);
		}
		awaitReady();
		if (phase == Phase.ANYWHERE) {
			Thread.sleep(pause);
			return kill(k, phase, true);
		}
		// a few milliseconds into the phase, so that the node is inside it, not at its edge
		boolean seen = waitFor(() -> inPhase(phase));
		Thread.sleep(random.nextInt(200));
		return kill(k, phase, seen);
	}

	/** Per kill, how long until the restarted node got work done again; none when it was killed again before. */
	public String resumeTimes(List<Kill> kills) {
		List<Double> seconds = new ArrayList<>();
		for (int i = 0; i < kills.size(); i++) {
			Kill kill = kills.get(i);
			long until = i + 1 < kills.size() ? kills.get(i + 1).at() : Long.MAX_VALUE;
			synchronized (progress) {
				progress.stream()
					.filter(p -> p[0] > kill.at() && p[0] < until && p[1] > kill.progress())
					.findFirst()
					.ifPresent(p -> seconds.add((p[0] - kill.at()) / 1e9));
			}
		}
		return "max %.0f s (of %d kills followed by work before the next kill: %s)".formatted(
				seconds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN), seconds.size(),
				seconds.stream().map(s -> "%.0f".formatted(s)).collect(Collectors.joining(", ")));
	}

	/** How many kills were in each phase, and what the database showed going on at the kills. */
	public String phasesSeen(List<Kill> kills) {
		Map<Phase, Long> aimed = kills.stream()
			.collect(Collectors.groupingBy(Kill::phase, () -> new EnumMap<>(Phase.class), Collectors.counting()));
		Map<Phase, Long> during = new EnumMap<>(Phase.class);
		kills.forEach(kill -> kill.during().forEach(phase -> during.merge(phase, 1L, Long::sum)));
		long missed = kills.stream().filter(kill -> !kill.phaseSeen()).count();
		return "aimed at " + aimed + ", " + missed + " of them not seen within " + PHASE_WAIT.toSeconds()
				+ " s; at the kill the database showed " + during;
	}

	private Kill kill(int k, Phase phase, boolean seen) {
		List<Phase> during = new ArrayList<>();
		if (leftOver == null && !ready()) {
			during.add(Phase.STARTUP);
		}
		else {
			awaitReady();
			Phase.WORK.stream().filter(this::inPhase).forEach(during::add);
		}
		Kill kill = new Kill(k, phase, seen, during, System.nanoTime(), jdbc.queryForObject(PROGRESS, Long.class));
		System.out.printf("Chaos: kill %d aimed at %s%s, at %s%n", k, phase, seen ? "" : " (not seen: killed where it "
				+ "stood)", during);
		return kill;
	}

	/** Whether the node is in the phase: something in it that the killed process did not leave. */
	private boolean inPhase(Phase phase) {
		Set<String> now = phase.now(jdbc);
		now.removeAll(leftOver.get(phase));
		return !now.isEmpty();
	}

	private boolean ready() {
		try {
			if (!Files.exists(log)) {
				return false;
			}
			byte[] all = Files.readAllBytes(log);
			int from = (int) Math.min(logOffset, all.length);
			return new String(all, from, all.length - from, StandardCharsets.UTF_8).contains(READY);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean waitFor(BooleanSupplier condition) throws InterruptedException {
		long until = System.nanoTime() + PHASE_WAIT.toNanos();
		while (System.nanoTime() < until) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(10);
		}
		return false;
	}

	private void watchProgress() {
		long last = -1;
		while (!Thread.currentThread().isInterrupted()) {
			try {
				long now = jdbc.queryForObject(PROGRESS, Long.class);
				if (now != last) {
					synchronized (progress) {
						progress.add(new long[] { System.nanoTime(), now });
					}
					last = now;
				}
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				// the peers' context closing at the end: nothing more to watch
				return;
			}
		}
	}

	/**
	 * One kill: the phase it aimed at, whether that was seen, what the database showed going on, when (nanoTime) and
	 * the progress count then.
	 */
	public record Kill(int number, Phase phase, boolean phaseSeen, List<Phase> during, long at, long progress) {
	}

}
