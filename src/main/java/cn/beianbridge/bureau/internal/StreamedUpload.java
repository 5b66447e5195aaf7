package cn.beianbridge.bureau.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;

import javax.xml.transform.TransformerException;

import org.springframework.util.StringUtils;
import org.springframework.ws.FaultAwareWebServiceMessage;
import org.springframework.ws.WebServiceMessage;
import org.springframework.ws.WebServiceMessageFactory;
import org.springframework.ws.client.WebServiceIOException;
import org.springframework.ws.client.WebServiceTransformerException;
import org.springframework.ws.client.WebServiceTransportException;
import org.springframework.ws.soap.SoapMessage;
import org.springframework.ws.soap.client.SoapFaultClientException;

import cn.beianbridge.bureau.BureauCall.Upload;
import cn.beianbridge.bureau.BureauCredentials.CallAuthentication;

/**
 * {@code isp_upload} written straight onto the wire: the same SOAP 1.1 envelope the template sends (document/literal
 * wrapped, the parameters in the specification's order), but with {@code beianInfo} copied from its string as the
 * request is sent, with its length declared, instead of becoming a SOAP tree and then a byte array each as large as the
 * 50 MB file a third over. The reply is small and read as every other reply is (SAAJ, capped); what went wrong is told
 * with the exceptions the template would have thrown, so {@link ReplyClassification} reads both alike.
 */
final class StreamedUpload {

	static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";

	private final HttpClient http;

	private final Duration readTimeout;

	private final WebServiceMessageFactory replies;

	StreamedUpload(HttpClient http, Duration readTimeout, WebServiceMessageFactory replies) {
		this.http = http;
		this.readTimeout = readTimeout;
		this.replies = replies;
	}

	/** Sends the upload and returns the text of the reply's {@code <return>}. */
	String send(String uri, String namespace, CallAuthentication authentication, Upload upload) {
		Map<String, String> parameters = OperationRequest.parameters(authentication, upload);
		String beianInfo = parameters.get("beianInfo");
		StringBuilder head = new StringBuilder("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"").append(ENVELOPE_NS)
			.append("\"><SOAP-ENV:Header/><SOAP-ENV:Body><ns:").append(upload.operation()).append(" xmlns:ns=\"")
			.append(escape(namespace)).append("\">");
		StringBuilder tail = new StringBuilder();
		StringBuilder into = head;
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			into.append('<').append(parameter.getKey()).append('>');
			if (parameter.getKey().equals("beianInfo")) {
				// Base64: nothing in it to escape
				into = tail;
			}
			else {
				into.append(escape(parameter.getValue()));
			}
			into.append("</").append(parameter.getKey()).append('>');
		}
		tail.append("</ns:").append(upload.operation()).append("></SOAP-ENV:Body></SOAP-ENV:Envelope>");
		byte[] before = head.toString().getBytes(StandardCharsets.UTF_8);
		byte[] after = tail.toString().getBytes(StandardCharsets.UTF_8);
		long length = before.length + (long) beianInfo.length() + after.length;
		// the client may keep the request (its body's publisher) with a pooled connection until that connection's next
		// exchange: the request holds the file only until it is sent, the stream only until it is read
		AtomicReference<String> file = new AtomicReference<>(beianInfo);
		HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
			.timeout(readTimeout)
			.header("Content-Type", "text/xml; charset=utf-8")
			.header("SOAPAction", "\"\"")
			.header("Accept", "text/xml")
			.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
					() -> new SequenceInputStream(java.util.Collections.enumeration(List.of(
							new ByteArrayInputStream(before), new Latin1Input(file.get()), new ByteArrayInputStream(after))))),
					length))
			.build();
		HttpResponse<InputStream> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException ex) {
			throw new WebServiceIOException("I/O error: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WebServiceIOException("Interrupted while sending " + upload.operation(), new IOException(ex));
		}
		finally {
			file.set(null);
		}
		return returnText(upload.operation(), response);
	}

	/** As the template reads a reply: a SOAP fault, then a failed HTTP status, then the payload's {@code <return>}. */
	private String returnText(String operation, HttpResponse<InputStream> response) {
		try (InputStream body = decoded(response)) {
			int status = response.statusCode();
			WebServiceMessage reply = hasXml(response) ? replies.createWebServiceMessage(body) : null;
			if (reply instanceof FaultAwareWebServiceMessage faultAware && faultAware.hasFault()) {
				throw new SoapFaultClientException((SoapMessage) reply);
			}
			if (status / 100 != 2) {
				throw new WebServiceTransportException("HTTP " + status + " from the bureau");
			}
			if (reply == null) {
				throw new WebServiceTransportException("HTTP " + status + " with no SOAP reply");
			}
			return new ReturnText(operation).extractData(reply.getPayloadSource());
		}
		catch (IOException ex) {
			throw new WebServiceIOException("I/O error: " + ex.getMessage(), ex);
		}
		catch (TransformerException ex) {
			throw new WebServiceTransformerException("Transformation error: " + ex.getMessage(), ex);
		}
	}

	private static boolean hasXml(HttpResponse<?> response) {
		String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
		long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
		return declared != 0 && (type.contains("xml") || type.isEmpty() && declared > 0);
	}

	private static InputStream decoded(HttpResponse<InputStream> response) throws IOException {
		String encoding = response.headers().firstValue("Content-Encoding").orElse("");
		return StringUtils.hasText(encoding) && encoding.toLowerCase(Locale.ROOT).contains("gzip")
				? new GZIPInputStream(response.body()) : response.body();
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
