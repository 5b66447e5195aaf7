package cn.beianbridge.bureau.internal;

import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A GBK XML document written through StAX, so text is always escaped data and never markup. Every value
 * is checked for GBK first ({@link GbkText}); errors name the element path.
 */
public final class DocumentOutput implements AutoCloseable {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

	/** Bytes Base64-encoded at a time: a multiple of 3, so the slices join without padding in between. */
	private static final int BASE64_SLICE = 3 * 1024;

	private final XMLStreamWriter xml;

	private final Deque<String> path = new ArrayDeque<>();

	/** A GBK document with its XML declaration. */
	public DocumentOutput(OutputStream out) {
		try {
			this.xml = FACTORY.createXMLStreamWriter(out, "GBK");
			xml.writeStartDocument("GBK", "1.0");
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot start a GBK XML document", ex);
		}
	}

	/** A document as text, without a declaration: a call's reply travels as text inside the SOAP message. */
	public DocumentOutput(Writer out) {
		try {
			this.xml = FACTORY.createXMLStreamWriter(out);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot start an XML document", ex);
		}
	}

	public DocumentOutput start(String name) {
		try {
			xml.writeStartElement(name);
		}
		catch (XMLStreamException ex) {
			throw failure(ex);
		}
		path.addLast(name);
		return this;
	}

	public DocumentOutput attribute(String name, String value) {
		try {
			xml.writeAttribute(name, GbkText.check(where() + "@" + name, value));
		}
		catch (XMLStreamException ex) {
			throw failure(ex);
		}
		return this;
	}

	public DocumentOutput end() {
		try {
			xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw failure(ex);
		}
		path.removeLast();
		return this;
	}

	/** An element with text; an absent (null) value writes no element at all. */
	public DocumentOutput text(String name, Object value) {
		if (value == null) {
			return this;
		}
		start(name);
		try {
			xml.writeCharacters(GbkText.check(where(), value.toString()));
		}
		catch (XMLStreamException ex) {
			throw failure(ex);
		}
		return end();
	}

	/**
	 * An element holding {@code bytes} as Base64, encoded a slice at a time into the writer: an attachment's bytes
	 * never exist a second time as one Base64 string (Base64 is ASCII, so no GBK check is needed).
	 */
	public DocumentOutput base64(String name, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new IllegalArgumentException("%s/%s is required but missing".formatted(where(), name));
		}
		start(name);
		Base64.Encoder encoder = Base64.getEncoder();
		byte[] encoded = new byte[BASE64_SLICE / 3 * 4];
		char[] chars = new char[encoded.length];
		try {
			for (int offset = 0; offset < bytes.length; offset += BASE64_SLICE) {
				int length = Math.min(BASE64_SLICE, bytes.length - offset);
				int written = encoder.encode(Arrays.copyOfRange(bytes, offset, offset + length), encoded);
				for (int i = 0; i < written; i++) {
					chars[i] = (char) encoded[i];
				}
				xml.writeCharacters(chars, 0, written);
			}
		}
		catch (XMLStreamException ex) {
			throw failure(ex);
		}
		return end();
	}

	/** An element that must have a value: its absence is an error naming it. */
	public DocumentOutput required(String name, Object value) {
		if (value == null || value.toString().isBlank()) {
			throw new IllegalArgumentException("%s/%s is required but missing".formatted(where(), name));
		}
		return text(name, value);
	}

	/**
	 * One element of an {@code xs:choice} of two: the first whose value is present, e.g. {@code Ztbah} or else
	 * {@code Ztid}; neither present is an error naming both.
	 */
	public DocumentOutput either(String name, Object value, String otherName, Object otherValue) {
		if (value != null && !value.toString().isBlank()) {
			return text(name, value);
		}
		if (otherValue == null || otherValue.toString().isBlank()) {
			throw new IllegalArgumentException("%s needs %s or %s, both are missing".formatted(where(), name, otherName));
		}
		return text(otherName, otherValue);
	}

	private String where() {
		return String.join("/", path);
	}

	private IllegalStateException failure(XMLStreamException ex) {
		return new IllegalStateException("Cannot write " + where() + ": " + ex.getMessage(), ex);
	}

	@Override
	public void close() {
		try {
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw failure(ex);
		}
	}

}
