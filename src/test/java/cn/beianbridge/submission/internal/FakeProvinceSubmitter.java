package cn.beianbridge.submission.internal;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import cn.beianbridge.submission.ProvinceSubmitter;

/**
 * Stands in for the real submitter: records each call and its thread, submits a province-dependent number of
 * filings, and can fail, skip or hold one province.
 */
final class FakeProvinceSubmitter implements ProvinceSubmitter {

	private final Queue<String> calls = new ConcurrentLinkedQueue<>();

	private final Queue<String> threads = new ConcurrentLinkedQueue<>();

	private final Queue<ProvinceSubmission> returned = new ConcurrentLinkedQueue<>();

	private volatile String failing;

	private volatile String skipping;

	private volatile String skipReason;

	private volatile String holding;

	private volatile CountDownLatch entered = new CountDownLatch(1);

	private volatile CountDownLatch released = new CountDownLatch(0);

	@Override
	public ProvinceSubmission submit(String province) {
		calls.add(province);
		threads.add(Thread.currentThread().getName());
		if (province.equals(holding)) {
			entered.countDown();
			awaitRelease();
		}
		if (province.equals(failing)) {
			throw new IllegalStateException("bureau " + province + " answered HTTP 500");
		}
		ProvinceSubmission result = province.equals(skipping) ? ProvinceSubmission.skipped(province, skipReason)
				: new ProvinceSubmission(province, 1 + Integer.parseInt(province) % 2,
						3 + Integer.parseInt(province) % 7, Integer.parseInt(province) % 3, null);
		returned.add(result);
		return result;
	}

	private void awaitRelease() {
		try {
			if (!released.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the test never released province " + holding);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	void reset() {
		calls.clear();
		threads.clear();
		returned.clear();
		failing = null;
		skipping = null;
		holding = null;
		released.countDown();
	}

	void failFor(String province) {
		failing = province;
	}

	void skip(String province, String why) {
		skipping = province;
		skipReason = why;
	}

	/** The next call for this province waits until {@link #release()}. */
	void hold(String province) {
		entered = new CountDownLatch(1);
		released = new CountDownLatch(1);
		holding = province;
	}

	boolean awaitHeld() throws InterruptedException {
		return entered.await(30, TimeUnit.SECONDS);
	}

	void release() {
		released.countDown();
	}

	List<String> calls() {
		return List.copyOf(calls);
	}

	List<String> threads() {
		return List.copyOf(threads);
	}

	int filingsSubmitted() {
		return returned.stream().mapToInt(ProvinceSubmission::filingsSubmitted).sum();
	}

	int filesAccepted() {
		return returned.stream().mapToInt(ProvinceSubmission::filesAccepted).sum();
	}

}
