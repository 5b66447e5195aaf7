package cn.beianbridge.simulator.bureau;

import java.io.IOException;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ws.context.MessageContext;
import org.springframework.ws.server.endpoint.MessageEndpoint;
import org.springframework.ws.soap.SoapBody;
import org.springframework.ws.soap.SoapMessage;
import org.springframework.ws.transport.context.TransportContextHolder;
import org.springframework.ws.transport.http.HttpServletConnection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.BureauReturn.FileInfo;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;

/**
 * The SOAP face of every simulated bureau (document/literal wrapped, SOAP 1.1): reads {@code <ns:isp_x>} in the
 * province's namespace, answers {@code <ns:isp_xResponse><return>escaped document</return></ns:isp_xResponse>},
 * and plays the province's transport faults. A request the binding does not allow gets a Client fault.
 */
class SimulatedBureauEndpoint implements MessageEndpoint {

	static final String ADDRESS = SimulatedBureauEndpoint.class.getName() + ".address";

	/** A {@code <return>} cut short: what a client sees when a bureau's reply is garbled. */
	static final String MALFORMED_RETURN = "<return><msg_code>0</msg_code><msg>";

	private static final Logger log = LoggerFactory.getLogger(SimulatedBureauEndpoint.class);

	private final ProvinceCatalogue provinces;

	private final SimulatedBureau bureau;

	private final BureauSimulator simulator;

	SimulatedBureauEndpoint(ProvinceCatalogue provinces, SimulatedBureau bureau, BureauSimulator simulator) {
		this.provinces = provinces;
		this.bureau = bureau;
		this.simulator = simulator;
	}

	@Override
	public void invoke(MessageContext context) throws Exception {
		SimulatorAddress address = (SimulatorAddress) context.getProperty(ADDRESS);
		Province province = provinces.get(address.province());
		ProvinceFaults faults = simulator.faults(province.code());
		SoapMessage response = (SoapMessage) context.getResponse();
		if (faults.takeSoapFault()) {
			response.getSoapBody().addServerOrReceiverFault("Simulated bureau fault", Locale.ENGLISH);
			return;
		}
		Element wrapper = payload(context);
		if (wrapper == null) {
			clientFault(response, "The SOAP body is empty: expected an operation element such as isp_upload");
			return;
		}
		ReceivedCall call = ReceivedCall.of(wrapper);
		String namespace = province.gateway().namespace();
		if (!namespace.equals(call.namespace()) || !address.service().offers(call.operation())) {
			clientFault(response, "No operation {%s}%s at %s".formatted(call.namespace(), call.operation(),
					address.service().path()));
			return;
		}
		boolean acknowledgement = BureauService.Operations.DOWNLOAD_ACK.equals(call.operation());
		if (acknowledgement && faults.takeLostAck()) {
			log.info("Simulated bureau {} loses an acknowledgement: not recorded, answered with a SOAP fault",
					province.code());
			delay(faults.current().replyDelayMs());
			response.getSoapBody().addServerOrReceiverFault("Simulated bureau fault", Locale.ENGLISH);
			return;
		}
		SimulatedReply reply;
		java.util.OptionalInt refusal = switch (call.operation()) {
			case BureauService.Operations.UPLOAD -> faults.takeRefusedUpload();
			case BureauService.Operations.VERIFY_BAMM -> faults.takeRefusedPasswordCheck();
			default -> java.util.OptionalInt.empty();
		};
		try {
			reply = refusal.isPresent() ? SimulatedReply.of(refusal.getAsInt(), call.operation()
					+ " refused (simulated msg_code " + refusal.getAsInt() + ")") : bureau.answer(province, call,
							faults.current());
		}
		catch (ReceivedCall.MalformedCall ex) {
			clientFault(response, ex.getMessage());
			return;
		}
		delay(faults.current().replyDelayMs());
		if (reply.uploadAccepted() && faults.takeDroppedUploadReply()) {
			log.info("Simulated bureau {} accepted the upload and drops its reply", province.code());
			dropReply();
			return;
		}
		if (reply.result().fileInfo() != null && reply.result().fileInfo().hasFile()
				&& BureauService.Operations.DOWNLOAD.equals(call.operation()) && faults.takeCorruptFile()) {
			log.info("Simulated bureau {} hands out file {} with a hash that does not match it", province.code(),
					reply.result().fileInfo().fileName());
			reply = SimulatedReply.of(withWrongHash(reply.result()));
		}
		if (acknowledgement && reply.msgCode() == 0 && faults.takeDroppedAckReply()) {
			log.info("Simulated bureau {} recorded the acknowledgement and drops its reply", province.code());
			dropReply();
			return;
		}
		write(response, namespace, call.operation() + "Response",
				faults.takeMalformedReturn() ? MALFORMED_RETURN : reply.returnXml());
	}

	private static BureauReturn withWrongHash(BureauReturn reply) {
		FileInfo file = reply.fileInfo();
		// the MD5 of nothing: well-formed, and never the hash of a file
		return new BureauReturn(reply.msgCode(), reply.msg(), new FileInfo(file.hashAlgorithm(), file.compressionFormat(),
				file.encryptAlgorithm(), file.fileName(), file.beianInfo(), "1B2M2Y8AsgTpgAmY7PhCfg==", file.dataSequence()),
				reply.missingDataSequences());
	}

	private static Element payload(MessageContext context) throws TransformerException {
		Source source = context.getRequest().getPayloadSource();
		if (source == null) {
			return null;
		}
		// SAAJ hands out its own DOM: read it in place rather than copy a 50 MB upload.
		if (source instanceof DOMSource dom && dom.getNode() instanceof Element element) {
			return element;
		}
		DOMResult result = new DOMResult();
		transformer().transform(source, result);
		Node node = result.getNode();
		return node instanceof Document document ? document.getDocumentElement() : (Element) node.getFirstChild();
	}

	private static void write(SoapMessage response, String namespace, String name, String returnXml)
			throws ParserConfigurationException, TransformerException {
		Document document = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().newDocument();
		Element wrapper = document.createElementNS(namespace, "ns:" + name);
		wrapper.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:ns", namespace);
		Element result = document.createElementNS(null, "return");
		result.setTextContent(returnXml);
		wrapper.appendChild(result);
		document.appendChild(wrapper);
		transformer().transform(new DOMSource(document), response.getPayloadResult());
	}

	private static void clientFault(SoapMessage response, String reason) {
		SoapBody body = response.getSoapBody();
		body.addClientOrSenderFault(reason, Locale.ENGLISH);
	}

	// The call is carried out (an upload stored and counted, an acknowledgement recorded); the client gets HTTP 500 with an empty body and no SOAP envelope.
	private static void dropReply() throws IOException {
		HttpServletConnection connection = (HttpServletConnection) TransportContextHolder.getTransportContext()
			.getConnection();
		connection.getHttpServletResponse().setStatus(500);
		connection.getHttpServletResponse().setContentLength(0);
		connection.getHttpServletResponse().flushBuffer();
	}

	private static void delay(long millis) throws InterruptedException {
		if (millis > 0) {
			Thread.sleep(millis);
		}
	}

	private static Transformer transformer() throws TransformerException {
		return TransformerFactory.newInstance().newTransformer();
	}

}
