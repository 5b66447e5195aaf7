package cn.beianbridge.bureau.internal;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.ws.WebServiceMessage;
import org.springframework.ws.WebServiceMessageFactory;

import cn.beianbridge.shared.CappedInputStream;

/** Builds each SOAP reply from at most {@code maxBytes} of what the bureau sent: a larger one is refused. */
final class CappedReplies implements WebServiceMessageFactory {

	private final WebServiceMessageFactory messages;

	private final long maxBytes;

	CappedReplies(WebServiceMessageFactory messages, long maxBytes) {
		this.messages = messages;
		this.maxBytes = maxBytes;
	}

	@Override
	public WebServiceMessage createWebServiceMessage() {
		return messages.createWebServiceMessage();
	}

	@Override
	public WebServiceMessage createWebServiceMessage(InputStream reply) throws IOException {
		return messages.createWebServiceMessage(new CappedInputStream(reply, maxBytes,
				"the bureau's reply (bridge.bureau.max-reply-size)"));
	}

}
