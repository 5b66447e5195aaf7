package cn.beianbridge.filing.internal;

import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.PathType;

import cn.beianbridge.filing.Reason;

/**
 * Collects the contract violations of one filing. Fields are JSON paths built the same way the schema validator
 * builds its own ({@code $.websites[0].domains[1]}), so schema and semantic errors read alike.
 */
public final class Violations {

	public static final String CODE = "CONTRACT";

	public static final JsonNodePath ROOT = new JsonNodePath(PathType.JSON_PATH);

	private final List<Reason> reasons = new ArrayList<>();

	public void add(JsonNodePath field, String text) {
		reasons.add(reason(field, text));
	}

	public boolean isEmpty() {
		return reasons.isEmpty();
	}

	public List<Reason> reasons() {
		return List.copyOf(reasons);
	}

	public static Reason reason(JsonNodePath field, String text) {
		return Reason.of(CODE, field.toString(), text);
	}

	/** A value for a message: quoted, and cut short so a huge value cannot flood the reason. */
	static String quote(String value) {
		if (value.codePointCount(0, value.length()) > 60) {
			value = value.substring(0, value.offsetByCodePoints(0, 57)) + "...";
		}
		return "'" + value + "'";
	}

}
