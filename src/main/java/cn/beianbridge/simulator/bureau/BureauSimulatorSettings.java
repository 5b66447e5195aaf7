package cn.beianbridge.simulator.bureau;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.beianbridge.simulator.ConditionalOnSimulators;

/**
 * The simulated bureaus ({@code bridge.simulators.bureau.*}); bound only with {@code bridge.simulators.enabled=true}
 * (and never in the {@code mysql} profile).
 *
 * @param reviewDelay how long an uploaded record waits before the next {@code isp_download} decides it
 * @param rejectMarker an entity or website name containing this is rejected (1002) with a reviewer's opinion
 * @param passwordChecksPerWindow {@code isp_verifybamm} checks of one filing password allowed in any
 * {@code passwordCheckWindow}; more get 22
 * @param passwordCheckWindow the sliding window of that limit
 * @param filingPasswordMd5 the filing password (hex MD5) of every entity the simulator files itself; the demo's
 * is that of {@code 123456}
 * @param resultOrder how each round's numbers (BASJ) and results (BAJG) are handed out, unless a province's switch
 * says otherwise ({@link ResultOrder}; the demo mixes them, tests keep them in order)
 * @param numbersDelay how long {@link ResultOrder#NUMBERS_LATE} holds the numbers back
 * @param duplicateFiles whether every file is offered again after its acknowledgement and under a new name
 * @param forcedCancellationsEvery how often the simulated bureaus forcibly cancel a filed entity or website of their
 * own (强制注销, the shell-data clean-up) and tell the provider in a {@code ZXSJ} file: one filing of all the
 * provinces' each time, counted from the start, cancelled at the first download once due of a province that has filed
 * something; zero: never (the default and the tests'; the demo's is a few minutes)
 * @param cancellationPlay how the switches of {@link CancellationPlay} left unset are played: all off, or drawn at
 * random (the demo)
 * @param resultIdentifiers how the results of changes and cancellations name them ({@code Bs}): the bureau id, the ICP
 * number, or either drawn per record
 * @param keepOnlyAccessIn the provinces whose bureau refuses to cancel a website's only access (1025); the others let
 * it go, leaving a "shell" website (the sources conflict: BUREAU-PROTOCOL-CHANGES.md §2)
 */
@ConfigurationProperties("bridge.simulators.bureau")
@ConditionalOnSimulators
public record BureauSimulatorSettings(@DefaultValue("30s") Duration reviewDelay, @DefaultValue("驳回") String rejectMarker,
		@DefaultValue("5") int passwordChecksPerWindow, @DefaultValue("10m") Duration passwordCheckWindow,
		@DefaultValue("e10adc3949ba59abbe56e057f20f883e") String filingPasswordMd5,
		@DefaultValue("in-order") ResultOrder resultOrder, @DefaultValue("2m") Duration numbersDelay,
		@DefaultValue("false") boolean duplicateFiles, @DefaultValue("0s") Duration forcedCancellationsEvery,
		@DefaultValue("plain") CancellationPlay.Mode cancellationPlay,
		@DefaultValue("mixed") ResultIdentifier resultIdentifiers, @DefaultValue("") Set<String> keepOnlyAccessIn) {

	public BureauSimulatorSettings {
		keepOnlyAccessIn = keepOnlyAccessIn == null ? Set.of() : Set.copyOf(keepOnlyAccessIn);
		if (reviewDelay == null || reviewDelay.isNegative()) {
			throw new IllegalArgumentException("bridge.simulators.bureau.review-delay must be zero or more");
		}
		if (rejectMarker == null || rejectMarker.isEmpty()) {
			throw new IllegalArgumentException("bridge.simulators.bureau.reject-marker must not be empty");
		}
		if (numbersDelay == null || numbersDelay.isNegative() || numbersDelay.isZero()) {
			throw new IllegalArgumentException("bridge.simulators.bureau.numbers-delay must be positive");
		}
		if (forcedCancellationsEvery == null || forcedCancellationsEvery.isNegative()) {
			throw new IllegalArgumentException(
					"bridge.simulators.bureau.forced-cancellations-every must be zero (never) or more");
		}
		if (cancellationPlay == null) {
			throw new IllegalArgumentException("bridge.simulators.bureau.cancellation-play must be plain or mixed");
		}
		if (passwordChecksPerWindow < 1) {
			throw new IllegalArgumentException("bridge.simulators.bureau.password-checks-per-window must be at least 1");
		}
		if (passwordCheckWindow == null || passwordCheckWindow.isNegative() || passwordCheckWindow.isZero()) {
			throw new IllegalArgumentException("bridge.simulators.bureau.password-check-window must be positive");
		}
	}

}
