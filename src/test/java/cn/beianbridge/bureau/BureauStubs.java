package cn.beianbridge.bureau;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/** WireMock playing a bureau: SOAP 1.1 replies as the protocol page fixes them, and the requests read back. */
public final class BureauStubs {

	public static final String NAMESPACE = "http://beian.miit.gov.cn/isp";

	public static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";

	public static final String UP_DOWN_LOAD = "/ISPWebService/upDownLoad";

	public static final String BEIAN_STATUS = "/BeianStatusWebService/queryBeianStatus";

	private BureauStubs() {
	}

	/** A POST of this operation to the province's service (the one the operation belongs to). */
	public static MappingBuilder operation(String basePath, String operation) {
		String service = operation.equals("isp_querybeianstatus") || operation.equals("isp_verifybamm") ? BEIAN_STATUS
				: UP_DOWN_LOAD;
		return post(urlEqualTo(basePath + service))
			.withRequestBody(matchingXPath("/*[local-name()='Envelope']/*[local-name()='Body']/*[local-name()='"
					+ operation + "']"));
	}

	public static ResponseDefinitionBuilder reply(String operation, BureauReturn bureauReturn) {
		return replyWithReturnText(operation, bureauReturn.toXml());
	}

	public static ResponseDefinitionBuilder reply(String operation, int msgCode, String msg) {
		return reply(operation, BureauReturn.of(msgCode, msg));
	}

	/** {@code <return>} holds the text escaped, as the bureau sends it. */
	public static ResponseDefinitionBuilder replyWithReturnText(String operation, String returnText) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "text/xml; charset=utf-8")
			.withBody("<soapenv:Envelope xmlns:soapenv=\"" + SOAP_11 + "\"><soapenv:Body><ns:" + operation
					+ "Response xmlns:ns=\"" + NAMESPACE + "\"><return>" + escape(returnText) + "</return></ns:"
					+ operation + "Response></soapenv:Body></soapenv:Envelope>");
	}

	public static ResponseDefinitionBuilder soapFault(String faultString) {
		return aResponse().withStatus(500)
			.withHeader("Content-Type", "text/xml; charset=utf-8")
			.withBody("<soapenv:Envelope xmlns:soapenv=\"" + SOAP_11 + "\"><soapenv:Body><soapenv:Fault>"
					+ "<faultcode>soapenv:Server</faultcode><faultstring>" + faultString
					+ "</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** The operation element of a SOAP request as it went over the wire. */
	public record SentOperation(String envelopeNamespace, String namespace, String name, List<String> childNamespaces,
			Map<String, String> parameters) {

		public static SentOperation parse(String soapRequest) {
			try {
				DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
				factory.setNamespaceAware(true);
				factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
				Document document = factory.newDocumentBuilder()
					.parse(new ByteArrayInputStream(soapRequest.getBytes(StandardCharsets.UTF_8)));
				Element envelope = document.getDocumentElement();
				Element body = lastChildElement(envelope);
				Element operation = firstChildElement(body);
				Map<String, String> parameters = new LinkedHashMap<>();
				List<String> childNamespaces = new ArrayList<>();
				for (Node child = operation.getFirstChild(); child != null; child = child.getNextSibling()) {
					if (child instanceof Element element) {
						parameters.put(element.getLocalName(), element.getTextContent());
						childNamespaces.add(element.getNamespaceURI());
					}
				}
				return new SentOperation(envelope.getNamespaceURI(), operation.getNamespaceURI(),
						operation.getLocalName(), childNamespaces, parameters);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Not a SOAP request: " + soapRequest, ex);
			}
		}

		private static Element firstChildElement(Element parent) {
			for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element element) {
					return element;
				}
			}
			throw new IllegalStateException("<" + parent.getLocalName() + "> is empty");
		}

		private static Element lastChildElement(Element parent) {
			Element last = null;
			for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element element) {
					last = element;
				}
			}
			return last;
		}

	}

}
