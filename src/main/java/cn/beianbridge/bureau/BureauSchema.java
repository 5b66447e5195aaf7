package cn.beianbridge.bureau;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import cn.beianbridge.bureau.internal.LocatingValidation;
import cn.beianbridge.bureau.peer.UploadDocumentReader;

/**
 * The ministry's official XML schemas of the interface (v3.0), as published (GBK), from {@code bureau-xsd/} on the
 * classpath: the final word on element order, cardinality and value ranges of every document either side writes.
 * Each constant compiles its schema once; a {@link Schema} is thread-safe, its validators are not (one per call).
 */
public enum BureauSchema {

	/** {@code UploadData}: what we send in {@code beianInfo} (XZBA, XZWZ, XZJR, BGBA, ZXBA, ...). */
	UPLOAD_DATA("upload-data.xsd"),
	/** {@code DownloadData}: what a bureau sends (BAJG, BASJ, ZXSJ, ...). */
	DOWNLOAD_DATA("download-data.xsd"),
	UPLOAD_RETURN("upload-return.xsd"),
	DOWNLOAD_RETURN("download-return.xsd"),
	DOWNLOADACK_RETURN("downloadack-return.xsd"),
	QUERYPREVIOUSUPLOAD_RETURN("querypreviousupload-return.xsd"),
	QUERYBEIANSTATUS_RETURN("querybeianstatus-return.xsd");

	private final String file;

	private volatile Schema schema;

	BureauSchema(String file) {
		this.file = file;
	}

	public String file() {
		return file;
	}

	/** The compiled schema (compiled on first use). */
	public Schema schema() {
		Schema compiled = schema;
		if (compiled == null) {
			synchronized (this) {
				compiled = schema;
				if (compiled == null) {
					compiled = compile();
					schema = compiled;
				}
			}
		}
		return compiled;
	}

	/**
	 * Every violation of this schema in {@code document} (its own encoding declaration is honoured), each as
	 * {@code line:column: message}; empty when the document is valid. The schema's messages name elements and
	 * types, never whole values beyond the offending one.
	 */
	public List<String> violations(byte[] document) {
		Objects.requireNonNull(document, "document");
		return violations(new ByteArrayInputStream(document));
	}

	/**
	 * Every violation of this schema in {@code document}, each with the element it is in and the rule it breaks, but
	 * never the offending value (see {@link SchemaViolation}): what may be logged and shown. One streaming pass.
	 */
	public List<SchemaViolation> check(byte[] document) {
		Objects.requireNonNull(document, "document");
		return LocatingValidation.validate(schema(), new ByteArrayInputStream(document));
	}

	/** As {@link #check(byte[])}, read from a stream (its encoding declaration honoured): one pass, nothing kept. */
	public List<SchemaViolation> check(InputStream document) {
		Objects.requireNonNull(document, "document");
		return LocatingValidation.validate(schema(), document);
	}

	/** As {@link #check(String)}, decoded as it is read. */
	public List<SchemaViolation> check(Reader document) {
		Objects.requireNonNull(document, "document");
		return LocatingValidation.validate(schema(), document);
	}

	/** As {@link #check(byte[])}, for a document already decoded (as {@link UploadDocumentReader} decodes one). */
	public List<SchemaViolation> check(String document) {
		Objects.requireNonNull(document, "document");
		return LocatingValidation.validate(schema(), new StringReader(document));
	}

	public List<String> violations(InputStream document) {
		List<String> found = new ArrayList<>();
		Validator validator = schema().newValidator();
		validator.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				found.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + ": " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) throws SAXException {
				found.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + ": " + ex.getMessage());
				throw ex;
			}
		});
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.validate(new StreamSource(document));
		}
		catch (SAXParseException ex) {
			// already recorded by the error handler
		}
		catch (SAXException | IOException ex) {
			found.add("unreadable: " + ex.getMessage());
		}
		return found;
	}

	private Schema compile() {
		URL url = BureauSchema.class.getResource("/bureau-xsd/" + file);
		if (url == null) {
			throw new IllegalStateException("The official schema bureau-xsd/" + file + " is not on the classpath");
		}
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			return factory.newSchema(url);
		}
		catch (SAXException ex) {
			throw new IllegalStateException("The official schema bureau-xsd/" + file + " does not compile: "
					+ ex.getMessage(), ex);
		}
	}

}
