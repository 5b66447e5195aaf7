package cn.beianbridge.submission.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How many bytes of upload files may be in memory at once, over all provinces submitting in parallel: a file of
 * 50 MB is held several times over while it is built (its Base64 text, then the string) or read back from its stored
 * parts, and sent, and four such at once do not fit a small heap. A province
 * whose next file does not fit waits for the others' files to be sent rather than fail; a file larger than the whole
 * budget still goes, alone. {@code bridge.submission.payload-budget} sets it; by default half the maximum heap.
 */
@Component
class PayloadBudget {

	private static final Logger log = LoggerFactory.getLogger(PayloadBudget.class);

	/**
	 * What a file holds in memory at its peak, in multiples of its zip: the Base64 text and its string while it is
	 * built (2 x 4/3, a quarter more while the text grows), or the opened parts and their joined string when it is read
	 * back (2 x 4/3); stored a part at a time; sent, the string alone (streamed onto the wire, not made a SOAP tree).
	 * About 3.5: twice that leaves room for the scans fetched as records are written and for the garbage of the
	 * parts. A simulated bureau in the same JVM (tests, the demo) holds a SOAP tree of it on its side: give it room
	 * with a smaller budget.
	 */
	static final int COPIES = 8;

	static final long WAKE_MS = 10_000;

	private final long capacity;

	private final long wakeMs;

	private long used;

	@Autowired
	PayloadBudget(@Value("${bridge.submission.payload-budget:}") String configured) {
		this(configured == null || configured.isBlank() ? Runtime.getRuntime().maxMemory() / 2
				: DataSize.parse(configured.strip()).toBytes());
	}

	PayloadBudget(long capacity) {
		this(capacity, WAKE_MS);
	}

	PayloadBudget(long capacity, long wakeMs) {
		this.wakeMs = wakeMs;
		if (capacity < 1) {
			throw new IllegalArgumentException("bridge.submission.payload-budget must be positive, was " + capacity);
		}
		this.capacity = capacity;
	}

	long capacity() {
		return capacity;
	}

	/** What a file of this (estimated) zip size takes of the budget while it is built, stored and sent. */
	static long cost(long zipBytes) {
		return Math.max(zipBytes, 1) * COPIES;
	}

	/**
	 * Waits until {@code bytes} fit beside the files already held (or nothing is held, for a file larger than the
	 * budget), then holds them until the permit is closed.
	 * @param whileWaiting run about every {@link #WAKE_MS} ms of waiting (a province renews its lease)
	 */
	Permit acquire(long bytes, Runnable whileWaiting) throws InterruptedException {
		while (true) {
			synchronized (this) {
				Permit permit = tryAcquire(bytes);
				if (permit != null) {
					return permit;
				}
				log.debug("Waiting for {} bytes of the payload budget ({} of {} in use)", bytes, used, capacity);
				wait(wakeMs);
				permit = tryAcquire(bytes);
				if (permit != null) {
					return permit;
				}
			}
			whileWaiting.run();
		}
	}

	/** The bytes held at once, or null when they do not fit now. */
	synchronized Permit tryAcquire(long bytes) {
		long taken = Math.min(bytes, capacity);
		if (used + taken > capacity) {
			return null;
		}
		used += taken;
		return new Permit(taken);
	}

	private synchronized void release(long bytes) {
		used -= bytes;
		notifyAll();
	}

	/** Bytes held of the budget; closing gives them back (once). */
	final class Permit implements AutoCloseable {

		private long held;

		private Permit(long held) {
			this.held = held;
		}

		@Override
		public void close() {
			long bytes;
			synchronized (PayloadBudget.this) {
				bytes = held;
				held = 0;
			}
			if (bytes > 0) {
				release(bytes);
			}
		}

	}

}
