package cn.beianbridge.simulator.bureau;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One call as a bureau receives it (the client's side is {@link cn.beianbridge.bureau.BureauCall}): the wrapper
 * element {@code <ns:isp_upload>} and its parameters, one <em>unqualified</em> child element each (document/literal
 * wrapped, BUREAU-PROTOCOL.md "Binding we fix"). A parameter in a namespace is not a parameter, as for a strict SOAP
 * stack.
 */
record ReceivedCall(String namespace, String operation, Map<String, String> parameters, Set<String> qualifiedNames) {

	static ReceivedCall of(Element wrapper) {
		Map<String, String> parameters = new LinkedHashMap<>();
		Map<String, String> qualified = new LinkedHashMap<>();
		for (Node child = wrapper.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				String name = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
				(element.getNamespaceURI() == null ? parameters : qualified).putIfAbsent(name, element.getTextContent());
			}
		}
		String operation = wrapper.getLocalName() == null ? wrapper.getNodeName() : wrapper.getLocalName();
		return new ReceivedCall(wrapper.getNamespaceURI(), operation, parameters, qualified.keySet());
	}

	/** @throws MalformedCall naming the parameter when the element is absent (empty is allowed) */
	String text(String name) {
		String value = parameters.get(name);
		if (value == null) {
			throw new MalformedCall(qualifiedNames.contains(name)
					? "%s: parameter <%s> is namespace-qualified; parameters are unqualified elements".formatted(operation,
							name)
					: "%s: parameter <%s> is missing".formatted(operation, name));
		}
		return value.trim();
	}

	/** @throws MalformedCall naming the parameter when it is absent or not an integer */
	long number(String name) {
		String value = text(name);
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new MalformedCall("%s: parameter <%s> is not an integer: '%s'".formatted(operation, name, value));
		}
	}

	int code(String name) {
		long value = number(name);
		if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
			throw new MalformedCall("%s: parameter <%s> is out of range: %d".formatted(operation, name, value));
		}
		return (int) value;
	}

	/** A request the SOAP layer refuses before any bureau logic: answered with a Client fault. */
	static class MalformedCall extends RuntimeException {

		MalformedCall(String message) {
			super(message);
		}

	}

}
