package cn.beianbridge.simulator.bureau;

import cn.beianbridge.bureau.BureauReturn;

/**
 * A bureau's answer to one call: the {@code <return>} document, perhaps with elements of the simulator's own
 * inside it after the standard ones (status and password checks, which the interface leaves to each bureau).
 *
 * @param extraXml well-formed elements to append inside {@code <return>}, or null
 * @param uploadAccepted an upload was stored and counted (only such a reply may be "dropped")
 * @param document the whole {@code <return>} document when a reply has a reader of its own (the status query), or
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

	/** The answer to {@code isp_verifybamm}: {@code <verifyResult>} (1 right, 0 not) after the standard elements. */
	static SimulatedReply verifyResult(BureauReturn result, boolean right) {
		return new SimulatedReply(result, "<verifyResult>" + (right ? 1 : 0) + "</verifyResult>", false, null);
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
