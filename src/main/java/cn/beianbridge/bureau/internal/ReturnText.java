package cn.beianbridge.bureau.internal;

import java.io.StringWriter;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.springframework.ws.client.core.SourceExtractor;
import org.springframework.xml.transform.TransformerHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import cn.beianbridge.bureau.UnreadableDocument;

/**
 * Takes the reply document out of {@code <ns:isp_uploadResponse><return>…</return></ns:…>}: as the bureaus send it,
 * the text of {@code <return>} (escaped, or in CDATA); or, from a bureau that sends it as markup, {@code <return>}'s
 * own elements ({@code <return><msg_code>…}), or a {@code <return>} document inside it. The response element's
 * namespace is not checked: bureaus differ, the element names do not.
 */
final class ReturnText implements SourceExtractor<String> {

	private static final TransformerHelper TRANSFORMERS = new TransformerHelper();

	private final String responseElement;

	ReturnText(String operation) {
		this.responseElement = operation + "Response";
	}

	@Override
	public String extractData(Source payload) throws TransformerException {
		if (payload == null) {
			return null;
		}
		if (payload instanceof DOMSource dom && dom.getNode() != null) {
			refuseDeep(dom.getNode());
		}
		DOMResult result = new DOMResult();
		TRANSFORMERS.transform(payload, result);
		Node node = result.getNode();
		Element root = node instanceof Document document ? document.getDocumentElement() : (Element) node;
		if (root == null || !responseElement.equals(localName(root))) {
			throw new UnreadableDocument("Expected <%s> in the reply, found <%s>".formatted(responseElement,
					root == null ? "" : localName(root)));
		}
		for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && "return".equals(localName(element))) {
				return document(element);
			}
		}
		throw new UnreadableDocument("<%s> holds no <return>".formatted(responseElement));
	}

	private static String document(Element result) throws TransformerException {
		Element first = null;
		for (Node child = result.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				first = element;
				break;
			}
		}
		if (first == null) {
			return result.getTextContent();
		}
		StringWriter markup = new StringWriter();
		Transformer transformer = TRANSFORMERS.createTransformer();
		transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
		transformer.transform(new DOMSource("return".equals(localName(first)) ? first : result), new StreamResult(markup));
		return markup.toString();
	}

	// copying a tree walks it recursively: a hostile depth would overflow the stack, so it is measured first, in a loop
	private static void refuseDeep(Node top) {
		int depth = 0;
		Node node = top;
		while (node != null) {
			if (node.getFirstChild() != null) {
				node = node.getFirstChild();
				if (++depth > XmlElement.MAX_DEPTH) {
					throw new UnreadableDocument("The reply nests elements deeper than " + XmlElement.MAX_DEPTH
							+ ", which is refused");
				}
				continue;
			}
			while (node != top && node.getNextSibling() == null) {
				node = node.getParentNode();
				depth--;
			}
			node = node == top ? null : node.getNextSibling();
		}
	}

	private static String localName(Element element) {
		return element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
	}

}
