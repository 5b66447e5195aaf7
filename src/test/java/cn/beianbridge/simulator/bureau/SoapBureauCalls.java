package cn.beianbridge.simulator.bureau;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.springframework.ws.client.core.WebServiceTemplate;
import org.springframework.xml.transform.StringResult;
import org.springframework.xml.transform.StringSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import cn.beianbridge.bureau.BureauCredentials;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.PackedPayload;

/**
 * Speaks the bureau interface to the simulator with a bare {@link WebServiceTemplate}: builds each wrapped request by
 * hand (so tests can also break it) and unwraps {@code <ns:xResponse><return>}. Test-only; not the bridge's client.
 */
final class SoapBureauCalls {

	static final String UP_DOWN_LOAD = "ISPWebService/upDownLoad";

	static final String BEIAN_STATUS = "BeianStatusWebService/queryBeianStatus";

	private final WebServiceTemplate template = new WebServiceTemplate();

	private final String endpoint;

	private final String namespace;

	private final String ispId;

	private final String userName;

	private final String password;

	SoapBureauCalls(String endpoint, String namespace, String ispId, String userName, String password) {
		this.endpoint = endpoint;
		this.namespace = namespace;
		this.ispId = ispId;
		this.userName = userName;
		this.password = password;
	}

	/** The first parameters of every call, freshly authenticated; put others after them, or over them to break one. */
	Map<String, String> auth() {
		String randVal = BureauCredentials.newRandVal();
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("ispId", ispId);
		parameters.put("userName", userName);
		parameters.put("randVal", randVal);
		parameters.put("pwdHash", BureauCredentials.pwdHash(password, randVal));
		parameters.put("hashAlgorithm", "0");
		return parameters;
	}

	BureauReturn upload(PackedPayload payload, long dataSequence) {
		return call(UP_DOWN_LOAD, "isp_upload", uploadParameters(payload, dataSequence));
	}

	Map<String, String> uploadParameters(PackedPayload payload, long dataSequence) {
		Map<String, String> parameters = auth();
		parameters.remove("hashAlgorithm");
		parameters.put("beianInfo", payload.beianInfo());
		parameters.put("beianInfoHash", payload.beianInfoHash());
		parameters.put("dataSequence", String.valueOf(dataSequence));
		parameters.put("encryptAlgorithm", String.valueOf(payload.encryptAlgorithm()));
		parameters.put("hashAlgorithm", String.valueOf(payload.hashAlgorithm()));
		parameters.put("compressionFormat", String.valueOf(payload.compressionFormat()));
		return parameters;
	}

	BureauReturn download() {
		return call(UP_DOWN_LOAD, "isp_download", auth());
	}

	BureauReturn acknowledge(String fileName) {
		return call(UP_DOWN_LOAD, "isp_downloadack", acknowledgeParameters(fileName));
	}

	Map<String, String> acknowledgeParameters(String fileName) {
		Map<String, String> parameters = auth();
		parameters.put("fileName", fileName);
		return parameters;
	}

	BureauReturn previousUpload() {
		return call(UP_DOWN_LOAD, "isp_querypreviousupload", auth());
	}

	String status(int type, String condition) {
		Map<String, String> parameters = auth();
		parameters.put("queryConditionType", String.valueOf(type));
		parameters.put("queryCondition", condition);
		return callForText(BEIAN_STATUS, "isp_querybeianstatus", parameters);
	}

	String verifyPassword(String baxh, String bamm) {
		Map<String, String> parameters = auth();
		parameters.put("baxh", baxh);
		parameters.put("bamm", bamm);
		return callForText(BEIAN_STATUS, "isp_verifybamm", parameters);
	}

	BureauReturn call(String service, String operation, Map<String, String> parameters) {
		return BureauReturn.parse(callForText(service, operation, parameters));
	}

	/** The text of {@code <return>}, after checking the response wrapper's name and namespace. */
	String callForText(String service, String operation, Map<String, String> parameters) {
		Element response = send(service, request(namespace, operation, parameters));
		if (!(operation + "Response").equals(response.getLocalName()) || !namespace.equals(response.getNamespaceURI())) {
			throw new AssertionError("Unexpected response element {%s}%s".formatted(response.getNamespaceURI(),
					response.getLocalName()));
		}
		for (Node child = response.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && "return".equals(element.getLocalName())
					&& element.getNamespaceURI() == null) {
				return element.getTextContent();
			}
		}
		throw new AssertionError("The response has no unqualified <return>");
	}

	Element send(String service, String requestXml) {
		StringResult result = new StringResult();
		template.sendSourceAndReceiveToResult(endpoint + "/" + service, new StringSource(requestXml), result);
		try {
			return DocumentBuilderFactory.newNSInstance()
				.newDocumentBuilder()
				.parse(new InputSource(new StringReader(result.toString())))
				.getDocumentElement();
		}
		catch (Exception ex) {
			throw new AssertionError("The response payload is not XML: " + result, ex);
		}
	}

	static String request(String namespace, String operation, Map<String, String> parameters) {
		StringBuilder xml = new StringBuilder("<ns:").append(operation).append(" xmlns:ns=\"").append(namespace)
			.append("\">");
		parameters.forEach((name, value) -> xml.append('<').append(name).append('>').append(escape(value)).append("</")
			.append(name).append('>'));
		return xml.append("</ns:").append(operation).append('>').toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
