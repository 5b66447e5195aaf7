package cn.beianbridge.notification.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.beianbridge.notification.NotificationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The templates an integrator edits: the shipped ones load, and every mistake is named before a message goes out. */
class NotificationTemplatesTests {

	@TempDir
	Path folder;

	@Test
	void theShippedTemplatesCoverEveryKindAndRenderTheirVariables() {
		NotificationTemplates templates = NotificationTemplates.load(Path.of("config/notifications"));

		for (NotificationKind kind : NotificationKind.values()) {
			MessageTemplate template = templates.get(kind);
			assertThat(template.email()).as(kind + " email").isNotNull();
			assertThat(kind.variables()).containsAll(template.variables());
		}
		MessageTemplate approved = templates.get(NotificationKind.FILING_APPROVED);
		assertThat(approved.sms().templateCode()).isEqualTo("SMS_BEIAN_APPROVED");
		assertThat(approved.sms().text().render(Map.of("entityName", "杭州示例科技有限公司", "provinceName", "浙江",
				"entityIcpNumber", "浙ICP备2026012345号")))
			.isEqualTo("您的备案（杭州示例科技有限公司）已通过浙江通信管理局审核，主体备案号浙ICP备2026012345号。"
					+ "请在网站首页底部展示备案号并链接至 https://beian.miit.gov.cn 。");
	}

	@Test
	void aVariableTheKindDoesNotProvideStopsTheStartWithFileAndName() throws IOException {
		copyShipped();
		Files.writeString(folder.resolve("filing-approved.yml"), """
				sms:
				  template-code: SMS_X
				  text: 备案号 ${entityIcpNumber}，审核人 ${reviewer}
				""", StandardCharsets.UTF_8);

		assertThatIllegalStateException().isThrownBy(() -> NotificationTemplates.load(folder))
			.withMessageContaining("filing-approved.yml: uses [reviewer], which filing-approved does not provide");
	}

	@Test
	void aMissingFileOrFieldIsNamed() throws IOException {
		copyShipped();
		Files.delete(folder.resolve("alert-event-dead.yml"));
		Files.writeString(folder.resolve("filing-refused.yml"), "email:\n  subject: 退回\n", StandardCharsets.UTF_8);

		assertThatIllegalStateException().isThrownBy(() -> NotificationTemplates.load(folder))
			.withMessageContaining("alert-event-dead.yml: missing")
			.withMessageContaining("filing-refused.yml: email.body is missing or empty");
	}

	@Test
	void aKindWithNeitherChannelIsAllowedAndSendsNothing() throws IOException {
		copyShipped();
		Files.writeString(folder.resolve("alert-calendar-year-missing.yml"), "# not wanted here\n", StandardCharsets.UTF_8);

		MessageTemplate template = NotificationTemplates.load(folder).get(NotificationKind.CALENDAR_YEAR_MISSING);

		assertThat(template.sms()).isNull();
		assertThat(template.email()).isNull();
	}

	private void copyShipped() throws IOException {
		try (var files = Files.list(Path.of("config/notifications"))) {
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
	}

}
