package cn.beianbridge.bureau;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.bureau.BureauReply.Answered;
import cn.beianbridge.bureau.BureauReply.GatewayUnavailable;
import cn.beianbridge.bureau.BureauReply.NotSent;
import cn.beianbridge.bureau.BureauReply.OutcomeUnknown;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;

import static cn.beianbridge.bureau.BureauStubs.UP_DOWN_LOAD;
import static cn.beianbridge.bureau.BureauStubs.operation;
import static cn.beianbridge.bureau.BureauStubs.reply;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gateway routes of four provinces: Zhejiang (33) throttled to 5 calls a second and Jiangsu (32) on one
 * WireMock bureau, Guangdong (44) on another, Beijing (11) at an address where nobody listens.
 */
@SpringBootTest
@ActiveProfiles("test")
class BureauGatewayTests {

	static final WireMockServer eastBureaus = new WireMockServer(options().dynamicPort());

	static final WireMockServer southBureau = new WireMockServer(options().dynamicPort());

	static {
		eastBureaus.start();
		southBureau.start();
	}

	@DynamicPropertySource
	static void bureaus(DynamicPropertyRegistry registry) throws IOException {
		int closedPort = BureauFaultTests.closedPort();
		registry.add("bridge.provinces.33.gateway.endpoint", () -> eastBureaus.baseUrl() + "/bureau/33");
		registry.add("bridge.provinces.32.gateway.endpoint", () -> eastBureaus.baseUrl() + "/bureau/32");
		registry.add("bridge.provinces.44.gateway.endpoint", () -> southBureau.baseUrl() + "/bureau/44");
		registry.add("bridge.provinces.11.gateway.endpoint", () -> "http://localhost:" + closedPort + "/bureau/11");
		registry.add("bridge.provinces.33.gateway.rate-per-second", () -> "5");
		registry.add("bridge.bureau.rate-per-second", () -> "200");
		registry.add("bridge.bureau.read-timeout", () -> "2s");
		registry.add("bridge.bureau.redelivery.attempts", () -> "1");
		registry.add("bridge.bureau.redelivery.delay", () -> "10ms");
		registry.add("bridge.bureau.circuit-breaker.sliding-window-size", () -> "4");
		registry.add("bridge.bureau.circuit-breaker.minimum-number-of-calls", () -> "4");
		registry.add("bridge.bureau.circuit-breaker.wait-in-open-state", () -> "10m");
	}

	@AfterAll
	static void stopBureaus() {
		eastBureaus.stop();
		southBureau.stop();
	}

	@Autowired
	BureauGateway gateway;

	@Autowired
	CamelContext camel;

	@Autowired
	ProvinceCatalogue catalogue;

	@Autowired
	HealthEndpoint health;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void resetBureaus() {
		eastBureaus.resetAll();
		southBureau.resetAll();
	}

	@Test
	void everyEnabledProvinceHasAStartedGatewayRouteEvenWithItsBureauUnreachable() {
		List<String> enabled = catalogue.enabled().stream().map(Province::code).toList();

		assertThat(enabled).contains("11", "32", "33", "44");
		assertThat(enabled).allSatisfy(code -> assertThat(camel.getRouteController().getRouteStatus("bureau-gateway-" + code))
			.isEqualTo(ServiceStatus.Started));
		assertThat(gateway.call("11", upload(1))).isInstanceOf(NotSent.class);
	}

	@Test
	void throttleHoldsTheProvincesRate() {
		eastBureaus.stubFor(operation("/bureau/33", "isp_download").willReturn(reply("isp_download", 2, "nothing")));
		int calls = 6;
		gateway.call("33", new BureauCall.Download()); // the first call of a JVM pays for class loading

		long started = System.nanoTime();
		for (int i = 0; i < calls; i++) {
			assertThat(gateway.call("33", new BureauCall.Download())).isInstanceOf(Answered.class);
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		// 5 a second: six calls are at least five gaps of 200 ms apart (unthrottled they take ~0.1 s); 20 % slack
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(800));
	}

	@Test
	@SuppressWarnings("unchecked")
	void circuitOpensForTheProvinceThatStoppedAnsweringWhileAnotherStillAnswers() {
		southBureau.stubFor(operation("/bureau/44", "isp_download").willReturn(aResponse().withStatus(500)));
		eastBureaus.stubFor(operation("/bureau/33", "isp_download").willReturn(reply("isp_download", 2, "nothing")));

		BureauReply last = null;
		for (int i = 0; i < 10 && !(last instanceof GatewayUnavailable); i++) {
			last = gateway.call("44", new BureauCall.Download());
		}
		int requestsWhenOpened = southBureau.getAllServeEvents().size();
		BureauReply whileOpen = gateway.call("44", new BureauCall.Download());

		assertThat(last).isEqualTo(new GatewayUnavailable("44"));
		assertThat(whileOpen).isEqualTo(new GatewayUnavailable("44"));
		assertThat(southBureau.getAllServeEvents()).hasSize(requestsWhenOpened);
		assertThat(gateway.call("33", new BureauCall.Download())).isInstanceOf(Answered.class);
		IndicatedHealthDescriptor gateways = (IndicatedHealthDescriptor) health.healthForPath("bureauGateways");
		assertThat(gateways.getStatus()).isEqualTo(Status.UP);
		assertThat((List<Object>) gateways.getDetails().get("open")).contains("44").doesNotContain("33");
		assertThat(circuitGauge("44", "open")).isEqualTo(1);
		assertThat(circuitGauge("33", "closed")).isEqualTo(1);
	}

	@Test
	void uploadIsSentOnceWhateverTheReply() {
		eastBureaus.stubFor(operation("/bureau/32", "isp_upload").willReturn(aResponse().withStatus(500)));

		BureauReply lost = gateway.call("32", upload(8));
		eastBureaus.stubFor(operation("/bureau/32", "isp_upload").willReturn(reply("isp_upload", 901, "maintenance")));
		BureauReply maintenance = gateway.call("32", upload(8));

		assertThat(lost).isInstanceOf(OutcomeUnknown.class);
		assertThat(maintenance).isEqualTo(Answered.of(BureauReturn.of(901, "maintenance")));
		eastBureaus.verify(2, postRequestedFor(urlEqualTo("/bureau/32" + UP_DOWN_LOAD)));
	}

	@Test
	void repeatableCallAnsweredRetryLaterIsRedeliveredAndTheLastAnswerStands() {
		eastBureaus.stubFor(operation("/bureau/32", "isp_download").willReturn(reply("isp_download", 902, "maintenance")));

		BureauReply reply = gateway.call("32", new BureauCall.Download());

		assertThat(reply).isEqualTo(Answered.of(BureauReturn.of(902, "maintenance")));
		eastBureaus.verify(2, postRequestedFor(urlEqualTo("/bureau/32" + UP_DOWN_LOAD)));
	}

	@Test
	void provinceWithoutGatewayIsRefusedByName() {
		assertThatThrownBy(() -> gateway.call("99", new BureauCall.Download()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'99'");
	}

	private double circuitGauge(String province, String state) {
		return meters.get("bridge.bureau.circuit.state").tag("province", province).tag("state", state).gauge().value();
	}

	private static BureauCall upload(long dataSequence) {
		return new BureauCall.Upload(
				PayloadCodec.plaintext().pack("<UploadData version=\"V.3.0\"/>".getBytes(StandardCharsets.UTF_8)),
				dataSequence);
	}

}
