package cn.beianbridge.submission.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;

import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.submission.ProvinceSubmitter.ProvinceSubmission;

/**
 * One partition of the submit job: calls the {@link ProvinceSubmitter} once for its province and keeps what it
 * did in the step execution, where admins and the run summary read it.
 */
final class ProvinceSubmitTasklet implements Tasklet {

	static final String FILES_ACCEPTED = "filesAccepted";

	static final String FILINGS_SUBMITTED = "filingsSubmitted";

	static final String FILES_WAITING = "filesWaiting";

	static final String SKIPPED = "skipped";

	private static final Logger log = LoggerFactory.getLogger(ProvinceSubmitTasklet.class);

	private final String province;

	private final ObjectProvider<ProvinceSubmitter> submitters;

	ProvinceSubmitTasklet(String province, ObjectProvider<ProvinceSubmitter> submitters) {
		this.province = province;
		this.submitters = submitters;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ProvinceSubmission result = submitter().submit(province);
		ExecutionContext context = contribution.getStepExecution().getExecutionContext();
		context.putInt(FILES_ACCEPTED, result.filesAccepted());
		context.putInt(FILINGS_SUBMITTED, result.filingsSubmitted());
		context.putInt(FILES_WAITING, result.filesWaiting());
		if (result.skipped() != null) {
			context.putString(SKIPPED, result.skipped());
		}
		contribution.incrementWriteCount(result.filingsSubmitted());
		contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(describe(result)));
		return RepeatStatus.FINISHED;
	}

	private ProvinceSubmitter submitter() {
		ProvinceSubmitter submitter = submitters.getIfUnique();
		if (submitter == null) {
			String why = "No single ProvinceSubmitter bean in the application (none, or several without @Primary): "
					+ "nothing submitted for province " + province;
			log.error(why);
			throw new IllegalStateException(why);
		}
		return submitter;
	}

	static String describe(ProvinceSubmission result) {
		if (result.skipped() != null) {
			return "skipped: " + result.skipped();
		}
		return result.filesAccepted() + " files accepted, " + result.filingsSubmitted() + " filings submitted, "
				+ result.filesWaiting() + " files waiting";
	}

}
