package cn.beianbridge;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused start-up as Boot's "APPLICATION FAILED TO START" block, without a stack trace to read past. */
class StartupRefusedAnalyzer extends AbstractFailureAnalyzer<StartupRefused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupRefused cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
