package cn.beianbridge.bureau;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.beianbridge.bureau.BeianStatusReply.StatusInfo;
import cn.beianbridge.bureau.BureauCall.QueryBeianStatus;
import cn.beianbridge.bureau.internal.ReplyClassification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * isp_querybeianstatus replies of every query type, as the bureau writes them (valid against
 * querybeianstatus-return.xsd), read and judged as the bridge does: filed, not filed, or no answer.
 */
class BeianStatusTests {

	private static final String ENTITY = "浙ICP备2026000001号";

	private static final String WEBSITE = "浙ICP备2026000001号-1";

	@Test
	void theTwelveTypesAreTheInterfacesCodesZeroToEleven() {
		assertThat(Arrays.stream(StatusQueryType.values()).map(StatusQueryType::code))
			.containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
		assertThat(StatusQueryType.of(11)).isEqualTo(StatusQueryType.TAIWAN_COMPATRIOT_PERMIT);
		assertThat(StatusQueryType.of(3)).isEqualTo(StatusQueryType.PUBLIC_INSTITUTION_ORGANISATION_CODE);
		assertThatThrownBy(() -> StatusQueryType.of(12)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("queryConditionType 12");
	}

	@ParameterizedTest
	@EnumSource(StatusQueryType.class)
	void aFiledReplyOfEachTypeIsReadWithTheEntitysNumberAndTheWebsiteOnlyForADomain(StatusQueryType type) {
		String condition = condition(type);
		// a bureau that sends the website's name and number for an entity query too: they name no one site
		String xml = reply(type.code(), condition, "示例网", ENTITY, WEBSITE, 0);

		BeianStatus status = judge(new QueryBeianStatus(type, condition), xml);

		assertThat(status).isInstanceOfSatisfying(BeianStatus.Filed.class, filed -> {
			assertThat(filed.type()).isEqualTo(type);
			assertThat(filed.condition()).isEqualTo(condition);
			assertThat(filed.entityIcpNumber()).isEqualTo(ENTITY);
			assertThat(filed.websiteIcpNumber()).isEqualTo(type.byDomain() ? WEBSITE : null);
			assertThat(filed.websiteName()).isEqualTo(type.byDomain() ? "示例网" : null);
		});
		assertThat(status.said()).contains(ENTITY);
		if (!type.byDomain()) {
			assertThat(status.said()).as("a certificate number is personal data").doesNotContain(condition);
		}
	}

	@ParameterizedTest
	@EnumSource(StatusQueryType.class)
	void aNotFiledReplyOfEachTypeIsNotFiled(StatusQueryType type) {
		String condition = condition(type);
		String xml = reply(type.code(), condition, null, null, null, 1);

		assertThat(judge(new QueryBeianStatus(type, condition), xml))
			.isEqualTo(new BeianStatus.NotFiled(type, condition));
	}

	@ParameterizedTest
	@EnumSource(StatusQueryType.class)
	void anErrorReplyOfEachTypeIsNoAnswerNotNotFiled(StatusQueryType type) {
		String xml = new BeianStatusReply(12, "authentication refused", null).toXml();

		BeianStatus status = judge(new QueryBeianStatus(type, condition(type)), xml);

		assertThat(status).isInstanceOf(BeianStatus.Unanswered.class);
		assertThat(status.said()).contains("msg_code 12").contains("authentication refused");
	}

	@Test
	void aReplyAboutAnotherConditionAnswersNothing() {
		String xml = reply(0, "other.cn", "别的网", ENTITY, WEBSITE, 0);

		assertThat(judge(QueryBeianStatus.byDomain("example.cn"), xml))
			.isInstanceOfSatisfying(BeianStatus.Unanswered.class,
					no -> assertThat(no.reason()).contains("other.cn").contains("example.cn"));
		String byType = reply(1, "91330100716105852F", null, ENTITY, null, 0);
		assertThat(judge(new QueryBeianStatus(StatusQueryType.RESIDENT_ID, "91330100716105852F"), byType))
			.isInstanceOf(BeianStatus.Unanswered.class);
	}

	@Test
	void aDomainIsEchoedInAnyCase() {
		String xml = reply(0, "WWW.Example.CN", "示例网", ENTITY, WEBSITE, 0);

		assertThat(judge(QueryBeianStatus.byDomain("www.example.cn"), xml))
			.isInstanceOf(BeianStatus.Filed.class);
	}

	@Test
	void noReplyAndAClosedGatewayAreNoAnswerTheLatterSayingSo() {
		QueryBeianStatus question = QueryBeianStatus.byDomain("example.cn");

		assertThat(BeianStatus.of(question, new BureauReply.NoAnswer("read timed out")))
			.isEqualTo(new BeianStatus.Unanswered("NoAnswer[reason=read timed out]", false));
		assertThat(BeianStatus.of(question, new BureauReply.GatewayUnavailable("33")))
			.isInstanceOfSatisfying(BeianStatus.Unanswered.class, no -> assertThat(no.circuitOpen()).isTrue());
	}

	@Test
	void everyRepliesWrittenAreValidAgainstTheSchema() {
		for (StatusQueryType type : StatusQueryType.values()) {
			for (String xml : List.of(reply(type.code(), condition(type), null, ENTITY, null, 0),
					reply(type.code(), condition(type), null, null, null, 1))) {
				assertThat(BureauSchema.QUERYBEIANSTATUS_RETURN.violations(xml.getBytes(StandardCharsets.UTF_8)))
					.as(xml).isEmpty();
			}
		}
	}

	private static String condition(StatusQueryType type) {
		return switch (type) {
			case DOMAIN -> "www.example.cn";
			case RESIDENT_ID -> "110101199003074477";
			case PASSPORT -> "E12345678";
			case TAIWAN_COMPATRIOT_PERMIT -> "01234567";
			case MILITARY_OFFICER_ID -> "军字第2026001号";
			case MILITARY_UNIT_CODE -> "61001";
			default -> "91330100716105852F";
		};
	}

	private static String reply(int type, String condition, String websiteName, String entity, String website,
			int bazt) {
		return new BeianStatusReply(0, bazt == 0 ? "filed" : "not filed",
				new StatusInfo(type, condition, websiteName, entity, website, bazt == 0)).toXml();
	}

	// as the client reads the reply's <return> and the bridge judges it
	private static BeianStatus judge(QueryBeianStatus question, String xml) {
		return BeianStatus.of(question, ReplyClassification.ofReturnText(question, xml));
	}

}
