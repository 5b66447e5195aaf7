package cn.beianbridge.simulator.bureau;

import java.util.random.RandomGenerator;

/**
 * How one simulated bureau hands out its cancellations ({@code ZXSJ}), where the spec leaves it open. Each switch
 * null means "as {@code bridge.simulators.bureau.cancellation-play} says": {@link Mode#PLAIN} all off,
 * {@link Mode#MIXED} each drawn at random (the demo). A file not acknowledged is sent again whatever the switches.
 *
 * @param withResults the records ride in the first file of the same download's round of results (BASJ and/or
 * BAJG) when there is one, else in a file of their own
 * @param onePerFile each {@code Zxxx} in a file of its own, else all of a download's records in one
 * @param repeated each record sent once more, in a later file
 * @param websiteFirst an entity with websites is cancelled after one of them: that website's {@code Zxxx} (1) in one
 * file, the entity's (0) in a file offered only after that one was acknowledged
 * @param websitesListed an entity's record comes with one for each website cancelled with it (1), although the
 * entity's (0) already takes them all
 */
public record CancellationPlay(Boolean withResults, Boolean onePerFile, Boolean repeated, Boolean websiteFirst,
		Boolean websitesListed) {

	public static final CancellationPlay AS_CONFIGURED = new CancellationPlay(null, null, null, null, null);

	// MIXED repeats a record now and then, not every other time
	private static final double MIXED_REPEATS = 0.25;

	/** Only {@link #withResults()} on. */
	public static CancellationPlay ridingWithResults() {
		return new CancellationPlay(true, null, null, null, null);
	}

	/** Only {@link #onePerFile()} on. */
	public static CancellationPlay oneFileEach() {
		return new CancellationPlay(null, true, null, null, null);
	}

	/** Only {@link #repeated()} on. */
	public static CancellationPlay repeatedLater() {
		return new CancellationPlay(null, null, true, null, null);
	}

	/** Only {@link #websiteFirst()} on. */
	public static CancellationPlay entityAfterWebsite() {
		return new CancellationPlay(null, null, null, true, null);
	}

	/** Only {@link #websitesListed()} on. */
	public static CancellationPlay entityWithItsWebsites() {
		return new CancellationPlay(null, null, null, null, true);
	}

	/** These switches with the given ones changed; a null in the change keeps the current value. */
	public CancellationPlay with(CancellationPlay change) {
		return new CancellationPlay(or(change.withResults(), withResults), or(change.onePerFile(), onePerFile),
				or(change.repeated(), repeated), or(change.websiteFirst(), websiteFirst),
				or(change.websitesListed(), websitesListed));
	}

	/** Every switch decided: as set, else off ({@link Mode#PLAIN}) or drawn ({@link Mode#MIXED}). */
	CancellationPlay drawn(Mode mode, RandomGenerator random) {
		boolean mixed = mode == Mode.MIXED;
		return new CancellationPlay(or(withResults, mixed && random.nextBoolean()),
				or(onePerFile, mixed && random.nextBoolean()), or(repeated, mixed && random.nextDouble() < MIXED_REPEATS),
				or(websiteFirst, mixed && random.nextBoolean()), or(websitesListed, mixed && random.nextBoolean()));
	}

	private static <T> T or(T changed, T current) {
		return changed == null ? current : changed;
	}

	/** What a switch left null means. */
	public enum Mode {

		/** Off: the records of a download in one file of their own, each once, an entity in one record alone. */
		PLAIN,

		/** Each switch drawn at random, for every download (and every entity cancelled). */
		MIXED

	}

}
