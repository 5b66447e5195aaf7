package cn.beianbridge.bureau.internal;

import java.io.IOException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.ws.client.WebServiceIOException;

import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauReply.NoAnswer;
import cn.beianbridge.bureau.BureauReply.NotSent;
import cn.beianbridge.bureau.BureauReply.OutcomeUnknown;
import cn.beianbridge.bureau.PackedPayload;

import static org.assertj.core.api.Assertions.assertThat;

/** The failures a test bureau cannot stage reliably (DNS, a silent network), as Spring WS reports them. */
class ReplyClassificationTests {

	static final BureauCall UPLOAD = new BureauCall.Upload(new PackedPayload("AA==", "AA==", 0, 0, 0, 1), 1);

	@Test
	void connectTimeoutMeansNotSent() {
		assertThat(ReplyClassification.ofFailure(UPLOAD, io(new HttpConnectTimeoutException("HTTP connect timed out"))))
			.isInstanceOfSatisfying(NotSent.class, notSent -> assertThat(notSent.reason()).contains("connect timed out"));
	}

	@Test
	void unknownHostMeansNotSent() {
		assertThat(ReplyClassification.ofFailure(UPLOAD, io(new UnknownHostException("bureau.example"))))
			.isInstanceOf(NotSent.class);
	}

	@Test
	void readTimeoutLeavesAnUploadUnknownAndAnyOtherCallToBeAskedAgain() {
		WebServiceIOException readTimeout = io(new HttpTimeoutException("request timed out"));

		assertThat(ReplyClassification.ofFailure(UPLOAD, readTimeout)).isInstanceOf(OutcomeUnknown.class);
		assertThat(ReplyClassification.ofFailure(new BureauCall.QueryPreviousUpload(), readTimeout))
			.isInstanceOf(NoAnswer.class);
	}

	private static WebServiceIOException io(IOException cause) {
		return new WebServiceIOException("I/O error: " + cause.getMessage(), cause);
	}

}
