package cn.beianbridge.bureau.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;

import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import cn.beianbridge.bureau.SchemaViolation;

/**
 * Validates a document in one streaming pass and says, for each violation, in which element it is: the parser's
 * events go through a tracker of the element path to the schema's validator, which reports each violation while
 * the element it is about is still open (a missing child when its parent ends, a bad value when its element ends).
 */
public final class LocatingValidation {

	private static final String LOCALE = "http://apache.org/xml/properties/locale";

	private static final SAXParserFactory PARSERS = parsers();

	private LocatingValidation() {
	}

	public static List<SchemaViolation> validate(Schema schema, InputStream document) {
		return validate(schema, new InputSource(document));
	}

	/** A document already decoded: its encoding declaration, if any, is not looked at. */
	public static List<SchemaViolation> validate(Schema schema, Reader document) {
		return validate(schema, new InputSource(document));
	}

	private static List<SchemaViolation> validate(Schema schema, InputSource document) {
		List<SchemaViolation> found = new ArrayList<>();
		PathTracker path = new PathTracker();
		ErrorHandler collector = new Collector(path, found);
		try {
			ValidatorHandler validator = schema.newValidatorHandler();
			// The rules are read from the messages, which must not come in the server's language. ROOT, not ENGLISH:
			// Xerces has no _en bundle, and ResourceBundle would fall back to the default locale's before the root's.
			validator.setProperty(LOCALE, Locale.ROOT);
			validator.setErrorHandler(collector);
			path.validator = validator;
			XMLReader reader = PARSERS.newSAXParser().getXMLReader();
			reader.setProperty(LOCALE, Locale.ROOT);
			reader.setContentHandler(path);
			reader.setErrorHandler(collector);
			reader.parse(document);
		}
		catch (SAXParseException ex) {
			// recorded by the collector: a document that is not well-formed stops here
		}
		catch (SAXException | IOException | ParserConfigurationException ex) {
			found.add(new SchemaViolation(path.names(), path.positions(),
					"unreadable: " + SchemaRuleText.of(ex.getMessage())));
		}
		return found;
	}

	private static SAXParserFactory parsers() {
		SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
		factory.setNamespaceAware(true);
		try {
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException("The XML parser cannot be made safe", ex);
		}
		return factory;
	}

	private record Collector(PathTracker path, List<SchemaViolation> found) implements ErrorHandler {

		@Override
		public void warning(SAXParseException ex) {
		}

		@Override
		public void error(SAXParseException ex) {
			String rule = SchemaRuleText.of(ex.getMessage());
			if (rule != null) {
				found.add(new SchemaViolation(path.names(), path.positions(), rule));
			}
		}

		@Override
		public void fatalError(SAXParseException ex) throws SAXException {
			found.add(new SchemaViolation(path.names(), path.positions(),
					"not well-formed XML at line %d: %s".formatted(ex.getLineNumber(), SchemaRuleText.of(ex.getMessage()))));
			throw ex;
		}

	}

	/** Passes every event on to the validator, keeping the path of open elements (pushed before, popped after). */
	private static final class PathTracker extends DefaultHandler {

		private ValidatorHandler validator;

		private final List<String> names = new ArrayList<>();

		private final List<Integer> positions = new ArrayList<>();

		/** Per open element, how many children of each name it has had so far. */
		private final List<Map<String, Integer>> seen = new ArrayList<>(List.of(new HashMap<>()));

		List<String> names() {
			return List.copyOf(names);
		}

		List<Integer> positions() {
			return List.copyOf(positions);
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			validator.setDocumentLocator(locator);
		}

		@Override
		public void startDocument() throws SAXException {
			validator.startDocument();
		}

		@Override
		public void endDocument() throws SAXException {
			validator.endDocument();
		}

		@Override
		public void startPrefixMapping(String prefix, String uri) throws SAXException {
			validator.startPrefixMapping(prefix, uri);
		}

		@Override
		public void endPrefixMapping(String prefix) throws SAXException {
			validator.endPrefixMapping(prefix);
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
			names.add(localName);
			positions.add(seen.get(seen.size() - 1).merge(localName, 1, Integer::sum));
			seen.add(new HashMap<>());
			validator.startElement(uri, localName, qName, attributes);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			validator.endElement(uri, localName, qName);
			names.remove(names.size() - 1);
			positions.remove(positions.size() - 1);
			seen.remove(seen.size() - 1);
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			validator.characters(ch, start, length);
		}

		@Override
		public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
			validator.ignorableWhitespace(ch, start, length);
		}

		@Override
		public void processingInstruction(String target, String data) throws SAXException {
			validator.processingInstruction(target, data);
		}

		@Override
		public void skippedEntity(String name) throws SAXException {
			validator.skippedEntity(name);
		}

	}

}
