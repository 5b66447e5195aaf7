package cn.beianbridge.submission.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import cn.beianbridge.shared.ProductionReadiness;
import cn.beianbridge.shared.ReadinessFindings;
import cn.beianbridge.submission.SubmissionSettings;

/**
 * The provider id is checked when its settings are made too; asked here first, it joins the one list of what
 * production lacks instead of stopping start-up on its own.
 */
@Component
class SubmissionReadiness implements ProductionReadiness {

	@Override
	public void check(Environment environment, ReadinessFindings findings) {
		try {
			new SubmissionSettings(environment.getProperty("bridge.submission.provider-id"));
		}
		catch (IllegalArgumentException unfit) {
			findings.refuse(unfit.getMessage());
		}
	}

}
