package cn.beianbridge.simulator.bureau;

import cn.beianbridge.bureau.BureauReturn;

/**
 * A bureau's answer to one call: the {@code <return>} document, perhaps with elements of the simulator's own
 * inside it after the standard ones.
 *
 * @param extraXml well-formed elements to append inside {@code <return>}, or null
 * @param uploadAccepted an upload was stored and counted (only such a reply may be "dropped")
 * @param document the whole {@code <return>} document when a reply has a reader of its own (the status query, the
 * password check), or
 * null
 */
record SimulatedReply(BureauReturn result, String extraXml, boolean uploadAccepted, String document) {

	static SimulatedReply of(BureauReturn result) {
		return new SimulatedReply(result, null, false, null);
	}

	/** A reply written whole by its own writer; {@code result} gives its msg_code for the simulator's switches. */
	static SimulatedReply ofDocument(BureauReturn result, String document) {
		return new SimulatedReply(result, null, false, document);
	}

	static SimulatedReply of(int msgCode, String msg) {
		return of(BureauReturn.of(msgCode, msg));
	}

	static SimulatedReply accepted(BureauReturn result) {
		return new SimulatedReply(result, null, true, null);
	}

	int msgCode() {
		return result.msgCode();
	}

	/** The text of the SOAP {@code <return>} element. */
	String returnXml() {
		if (document != null) {
			return document;
		}
		String xml = result.toXml();
		if (extraXml == null) {
			return xml;
		}
		int end = xml.lastIndexOf("</return>");
		return xml.substring(0, end) + extraXml + xml.substring(end);
	}

}
