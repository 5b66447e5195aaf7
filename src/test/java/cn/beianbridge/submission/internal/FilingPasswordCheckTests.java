package cn.beianbridge.submission.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.VerifyBammReply;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Cancellation;
import cn.beianbridge.filing.FilingDocument.CancellationKind;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.province.FilingPasswordCheck;
import cn.beianbridge.submission.internal.FilingPasswordAnswer.Verdict;

import static cn.beianbridge.support.FilingJson.aChange;
import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static cn.beianbridge.support.FilingJson.aNewAccessFiling;
import static cn.beianbridge.support.FilingJson.aNewWebsiteFiling;
import static org.assertj.core.api.Assertions.assertThat;

/** What the bridge asks isp_verifybamm about a filing, and what it makes of the bureau's answer. */
class FilingPasswordCheckTests {

	private static final String PASSWORD_MD5 = "0cc175b9c0f1b6a831c399e269772661";

	@Test
	void aNewWebsiteIsCheckedAgainstItsEntitysNumberWithTheMd5ByDefault() {
		FilingPasswordQuestion question = FilingPasswordQuestion.of(aNewWebsiteFiling().document(),
				FilingPasswordCheck.DEFAULT);

		assertThat(question.asks()).isTrue();
		assertThat(question.numbers()).containsExactly("浙ICP备2026012345号");
		assertThat(question.bamm()).isEqualTo(PASSWORD_MD5);
	}

	@Test
	void aNewAccessIsCheckedOnceAgainstTheEntityItsWebsitesBelongTo() {
		FilingDocument twoSites = aNewAccessFiling().withWebsites(2).document();
		assertThat(twoSites.websites()).extracting(FilingDocument.Website::icpNumber)
			.containsExactly("浙ICP备2026012345号-1", "浙ICP备2026012345号-2");

		FilingPasswordQuestion question = FilingPasswordQuestion.of(twoSites, FilingPasswordCheck.MD5);

		assertThat(question.numbers()).containsExactly("浙ICP备2026012345号");
		assertThat(question.bamm()).isEqualTo(PASSWORD_MD5);
	}

	@Test
	void aChangeIsCheckedAgainstItsEntitysNumberWhereTheProvinceWantsThePasswordWithIt() {
		FilingDocument change = aChange().withWebsites(2).document();

		FilingPasswordQuestion wanted = FilingPasswordQuestion.of(change, FilingPasswordCheck.MD5, true);
		FilingPasswordQuestion notWanted = FilingPasswordQuestion.of(change, FilingPasswordCheck.MD5, false);

		assertThat(wanted.numbers()).containsExactly("浙ICP备2026012345号");
		assertThat(wanted.bamm()).isEqualTo(PASSWORD_MD5);
		assertThat(notWanted.asks()).isFalse();
		assertThat(notWanted.skipped()).isNull();
	}

	@Test
	void anEntitysCancellationIsCheckedWithItsOwnPasswordAWebsitesOrAnAccesssIsNot() {
		String md5 = "e10adc3949ba59abbe56e057f20f883e";

		FilingPasswordQuestion entity = FilingPasswordQuestion.of(cancellation(CancellationKind.ENTITY,
				"浙ICP备2026012345号", md5), FilingPasswordCheck.MD5, false);

		assertThat(entity.numbers()).containsExactly("浙ICP备2026012345号");
		assertThat(entity.bamm()).isEqualTo(md5);
		for (CancellationKind kind : List.of(CancellationKind.WEBSITE, CancellationKind.ACCESS)) {
			assertThat(FilingPasswordQuestion.of(cancellation(kind, "浙ICP备2026012345号-1", null),
					FilingPasswordCheck.MD5, true).asks()).as(kind.name()).isFalse();
		}
	}

	@Test
	void anEntitysCancellationWithoutAPasswordIsSentUncheckedSayingWhy() {
		FilingPasswordQuestion question = FilingPasswordQuestion.of(cancellation(CancellationKind.ENTITY,
				"浙ICP备2026012345号", null), FilingPasswordCheck.MD5, false);

		assertThat(question.asks()).isFalse();
		assertThat(question.skipped()).contains("carries none");
	}

	@Test
	void aFirstFilingHasNoPasswordToCheck() {
		assertThat(FilingPasswordQuestion.of(aFirstFiling().document(), FilingPasswordCheck.MD5).asks()).isFalse();
		assertThat(FilingPasswordQuestion.of(aFirstFiling().document(), FilingPasswordCheck.MD5).skipped()).isNull();
	}

	@Test
	void aProvinceSwitchedOffIsNotAskedAndSaysNothing() {
		FilingPasswordQuestion question = FilingPasswordQuestion.of(aNewWebsiteFiling().document(),
				FilingPasswordCheck.OFF);

		assertThat(question.asks()).isFalse();
		assertThat(question.skipped()).isNull();
	}

	@Test
	void aProvinceWantingThePlainPasswordIsSentUncheckedWithTheReason() {
		FilingPasswordQuestion question = FilingPasswordQuestion.of(aNewWebsiteFiling().document(),
				FilingPasswordCheck.PLAIN);

		assertThat(question.asks()).isFalse();
		assertThat(question.skipped()).contains("plain", "only its MD5", "33");
	}

	@Test
	void verifyResZeroLetsTheFilingGoAndOneHoldsIt() {
		assertThat(FilingPasswordAnswer.of(verified(true)).verdict()).isEqualTo(Verdict.CORRECT);
		FilingPasswordAnswer wrong = FilingPasswordAnswer.of(verified(false));
		assertThat(wrong.verdict()).isEqualTo(Verdict.WRONG);
		assertThat(wrong.detail()).isEqualTo("checked");
	}

	@Test
	void tooManyChecksAnErrorOrNoAnswerMakeTheFilingWait() {
		FilingPasswordAnswer limited = FilingPasswordAnswer.of(BureauReply.Answered.of(BureauReturn.of(22, "busy")));
		assertThat(limited.verdict()).isEqualTo(Verdict.WAIT);
		assertThat(limited.detail()).contains("msg_code 22", "too many checks");

		assertThat(FilingPasswordAnswer.of(BureauReply.Answered.of(BureauReturn.of(999, "internal error"))))
			.isEqualTo(new FilingPasswordAnswer(Verdict.WAIT, "msg_code 999 internal error"));
		assertThat(FilingPasswordAnswer.of(BureauReply.Answered.of(BureauReturn.of(5, "bad password"))).verdict())
			.as("our account refused: the upload will say so; the filing waits").isEqualTo(Verdict.WAIT);
		assertThat(FilingPasswordAnswer.of(new BureauReply.NoAnswer("read timed out")).detail())
			.isEqualTo("no answer: read timed out");
		assertThat(FilingPasswordAnswer.of(new BureauReply.NotSent("connection refused")).verdict())
			.isEqualTo(Verdict.WAIT);
		assertThat(FilingPasswordAnswer.of(new BureauReply.GatewayUnavailable("33")).detail()).contains("33");
		assertThat(FilingPasswordAnswer.of(BureauReply.Answered.of(BureauReturn.of(0, "ok"))))
			.as("answered without VerifyRes").extracting(FilingPasswordAnswer::verdict).isEqualTo(Verdict.WAIT);
	}

	private static BureauReply verified(boolean correct) {
		return BureauReply.Answered.of(BureauReturn.of(0, "checked"), new VerifyBammReply(0, "checked", correct));
	}

	private static FilingDocument cancellation(CancellationKind kind, String icpNumber, String passwordMd5) {
		return new FilingDocument("F-ZXBA-" + kind, FilingType.CANCEL, "33", null, null, null, null, null, List.of(),
				List.of(), new Cancellation(kind, icpNumber, 1, null, passwordMd5));
	}

}
