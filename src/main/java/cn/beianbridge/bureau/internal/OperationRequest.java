package cn.beianbridge.bureau.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauCall.DownloadAck;
import cn.beianbridge.bureau.BureauCall.QueryBeianStatus;
import cn.beianbridge.bureau.BureauCall.Upload;
import cn.beianbridge.bureau.BureauCall.VerifyBamm;
import cn.beianbridge.bureau.BureauCredentials.CallAuthentication;
import cn.beianbridge.bureau.PackedPayload;

/**
 * The SOAP body of one call as the protocol page fixes it (document/literal wrapped): {@code <ns:isp_upload>}
 * in the province's namespace with one unqualified child per parameter, in the specification's order.
 */
final class OperationRequest {

	static final String UP_DOWN_LOAD = "/ISPWebService/upDownLoad";

	static final String BEIAN_STATUS = "/BeianStatusWebService/queryBeianStatus";

	private static final DocumentBuilderFactory DOCUMENTS = DocumentBuilderFactory.newInstance();

	static {
		DOCUMENTS.setNamespaceAware(true);
	}

	private OperationRequest() {
	}

	/** The service an operation belongs to, relative to the province's endpoint. */
	static String servicePath(BureauCall call) {
		return call instanceof QueryBeianStatus || call instanceof VerifyBamm ? BEIAN_STATUS : UP_DOWN_LOAD;
	}

	static DOMSource payload(String namespace, CallAuthentication authentication, BureauCall call) {
		Document document = newDocument();
		Element operation = document.createElementNS(namespace, "ns:" + call.operation());
		operation.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:ns", namespace);
		parameters(authentication, call).forEach((name, value) -> {
			Element parameter = document.createElementNS(null, name);
			parameter.setTextContent(value);
			operation.appendChild(parameter);
		});
		document.appendChild(operation);
		return new DOMSource(document);
	}

	/** Parameter names and values in the order of the specification's table. */
	static Map<String, String> parameters(CallAuthentication authentication, BureauCall call) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("ispId", authentication.ispId());
		parameters.put("userName", authentication.userName());
		parameters.put("randVal", authentication.randVal());
		parameters.put("pwdHash", authentication.pwdHash());
		if (call instanceof Upload upload) {
			PackedPayload payload = upload.payload();
			parameters.put("beianInfo", payload.beianInfo());
			parameters.put("beianInfoHash", payload.beianInfoHash());
			parameters.put("dataSequence", Long.toString(upload.dataSequence()));
			parameters.put("encryptAlgorithm", Integer.toString(payload.encryptAlgorithm()));
			parameters.put("hashAlgorithm", Integer.toString(payload.hashAlgorithm()));
			parameters.put("compressionFormat", Integer.toString(payload.compressionFormat()));
			return parameters;
		}
		parameters.put("hashAlgorithm", Integer.toString(authentication.hashAlgorithm()));
		if (call instanceof DownloadAck ack) {
			parameters.put("fileName", ack.fileName());
		}
		else if (call instanceof QueryBeianStatus query) {
			parameters.put("queryConditionType", Integer.toString(query.conditionType()));
			parameters.put("queryCondition", query.condition());
		}
		else if (call instanceof VerifyBamm verify) {
			parameters.put("baxh", verify.baxh());
			parameters.put("bamm", verify.bamm());
		}
		return parameters;
	}

	// A factory's builders are cheap; the factory itself is not promised to be thread-safe.
	private static Document newDocument() {
		try {
			synchronized (DOCUMENTS) {
				return DOCUMENTS.newDocumentBuilder().newDocument();
			}
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("No XML document builder available", ex);
		}
	}

}
