package cn.beianbridge.bureau.internal;

import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMResult;

import org.springframework.ws.client.core.SourceExtractor;
import org.springframework.xml.transform.TransformerHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import cn.beianbridge.bureau.UnreadableDocument;

/**
 * Takes the text of {@code <return>} out of {@code <ns:isp_uploadResponse><return>…</return></ns:…>}; that
 * text is itself the reply document. The response element's namespace is not checked: bureaus differ, the
 * element names do not.
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
				return element.getTextContent();
			}
		}
		throw new UnreadableDocument("<%s> holds no <return>".formatted(responseElement));
	}

	private static String localName(Element element) {
		return element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
	}

}
