package cn.beianbridge.collection.internal;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;

/** One retry when a concurrent intake stored the same filing first: the retry finds it known. */
@Component
class RetryingIntake {

	private final FilingIntake intake;

	RetryingIntake(FilingIntake intake) {
		this.intake = intake;
	}

	IntakeResult accept(byte[] json, IntakeSource source, String sourceRef) {
		return once(() -> intake.accept(json, source, sourceRef));
	}

	IntakeResult rejectUnstorable(byte[] item, IntakeSource source, String sourceRef, String problem) {
		return intake.rejectUnstorable(item, source, sourceRef, problem);
	}

	private static IntakeResult once(Supplier<IntakeResult> attempt) {
		try {
			return attempt.get();
		}
		catch (FilingIntake.AlreadyStoredConcurrently raced) {
			return attempt.get();
		}
	}

}
