package cn.beianbridge.filing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A rule of the contract that the schema cannot express. It reads the raw filing, which may also break the
 * schema: a check skips what it cannot read, since the schema already reports that.
 */
interface SemanticCheck {

	void check(JsonNode filing, Violations violations);

	/** The node if it is an array, else an empty node: an object's size() counts fields but get(i) is null. */
	static JsonNode items(JsonNode node) {
		return node.isArray() ? node : MissingNode.getInstance();
	}

}
