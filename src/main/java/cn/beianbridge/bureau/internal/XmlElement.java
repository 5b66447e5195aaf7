package cn.beianbridge.bureau.internal;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import cn.beianbridge.bureau.UnreadableDocument;

/**
 * A parsed element: bureau documents are small and shallow, and a tree keeps the readers simple. Parsing
 * refuses any DTD, so no entity (external or expanding) is ever resolved, and elements nested deeper than
 * {@value #MAX_DEPTH} (the bureaus' schemas go five deep).
 */
public record XmlElement(String name, Map<String, String> attributes, String text, List<XmlElement> children) {

	public static final int MAX_DEPTH = 32;

	private static final XMLInputFactory FACTORY = secureFactory();

	public static XmlElement parse(String xml) {
		if (xml == null || xml.isBlank()) {
			throw new UnreadableDocument("The document is empty");
		}
		return parse(new StringReader(xml), Set.of());
	}

	/**
	 * A document read as it is decoded, keeping no text of the elements named {@code textless} (an upload's
	 * attachments, Base64 of megabytes, which a reader of its records does not look at): their text reads as empty.
	 */
	public static XmlElement parse(Reader xml, Set<String> textless) {
		try {
			XMLStreamReader reader = FACTORY.createXMLStreamReader(xml);
			try {
				return read(reader, textless);
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			throw new UnreadableDocument("The document is not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	private static XmlElement read(XMLStreamReader reader, Set<String> textless) throws XMLStreamException {
		Deque<Builder> open = new ArrayDeque<>();
		XmlElement root = null;
		while (reader.hasNext()) {
			switch (reader.next()) {
				case XMLStreamConstants.DTD -> throw new UnreadableDocument("The document declares a DTD, which is refused");
				case XMLStreamConstants.START_ELEMENT -> {
					if (open.size() == MAX_DEPTH) {
						throw new UnreadableDocument("The document nests elements deeper than " + MAX_DEPTH
								+ ", which is refused");
					}
					open.push(new Builder(reader));
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (!open.isEmpty() && !textless.contains(open.peek().name)) {
						open.peek().text.append(reader.getText());
					}
				}
				case XMLStreamConstants.END_ELEMENT -> {
					XmlElement done = open.pop().build();
					if (open.isEmpty()) {
						root = done;
					}
					else {
						open.peek().children.add(done);
					}
				}
				default -> {
				}
			}
		}
		return root;
	}

	public XmlElement child(String name) {
		for (XmlElement child : children) {
			if (child.name.equals(name)) {
				return child;
			}
		}
		return null;
	}

	public List<XmlElement> children(String name) {
		return children.stream().filter(child -> child.name.equals(name)).toList();
	}

	/** The trimmed text of a child, or null when there is no such child. */
	public String text(String name) {
		XmlElement child = child(name);
		return child == null ? null : child.text.trim();
	}

	public String requiredText(String name) {
		String text = text(name);
		if (text == null || text.isEmpty()) {
			throw new UnreadableDocument("<%s> lacks <%s>".formatted(this.name, name));
		}
		return text;
	}

	public long requiredLong(String name) {
		String text = requiredText(name);
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new UnreadableDocument("<%s>/<%s> is not a number: '%s'".formatted(this.name, name, text));
		}
	}

	public Long optionalLong(String name) {
		String text = text(name);
		return text == null || text.isEmpty() ? null : requiredLong(name);
	}

	public XmlElement requiredChild(String name) {
		XmlElement child = child(name);
		if (child == null) {
			throw new UnreadableDocument("<%s> lacks <%s>".formatted(this.name, name));
		}
		return child;
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	private static final class Builder {

		private final String name;

		private final Map<String, String> attributes = new LinkedHashMap<>();

		private final StringBuilder text = new StringBuilder();

		private final List<XmlElement> children = new ArrayList<>();

		Builder(XMLStreamReader reader) {
			this.name = reader.getLocalName();
			for (int i = 0; i < reader.getAttributeCount(); i++) {
				attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
			}
		}

		XmlElement build() {
			return new XmlElement(name, Map.copyOf(attributes), text.toString(), List.copyOf(children));
		}

	}

}
