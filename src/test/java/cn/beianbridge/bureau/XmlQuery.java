package cn.beianbridge.bureau;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** XPath over a written document, parsed by the JDK's DOM parser: an independent reader of our output. */
final class XmlQuery {

	private final Document document;

	XmlQuery(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			this.document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Not well-formed: " + ex.getMessage(), ex);
		}
	}

	String text(String xpath) {
		try {
			return (String) XPathFactory.newDefaultInstance().newXPath().evaluate(xpath, document, XPathConstants.STRING);
		}
		catch (Exception ex) {
			throw new IllegalStateException(xpath, ex);
		}
	}

	int count(String xpath) {
		try {
			return ((NodeList) XPathFactory.newDefaultInstance().newXPath().evaluate(xpath, document,
					XPathConstants.NODESET)).getLength();
		}
		catch (Exception ex) {
			throw new IllegalStateException(xpath, ex);
		}
	}

}
