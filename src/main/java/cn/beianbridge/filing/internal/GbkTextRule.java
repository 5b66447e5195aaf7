package cn.beianbridge.filing.internal;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.province.Province;

/**
 * The bureau file is GBK: a character outside it (an emoji, a rare hanzi beyond GBK) cannot be sent, and would
 * otherwise turn into '?' in the bureau's records.
 */
public final class GbkTextRule implements FilingRule {

	private static final Charset GBK = Charset.forName("GBK");

	@Override
	public List<Reason> check(FilingDocument filing, Province province) {
		if (!province.rules().gbkEncodableText()) {
			return List.of();
		}
		CharsetEncoder encoder = GBK.newEncoder(); // encoders are not thread-safe: one per check
		List<Reason> reasons = new ArrayList<>();
		FilingTexts.of(filing).forEach((field, text) -> {
			Set<String> unencodable = new LinkedHashSet<>();
			text.codePoints().mapToObj(Character::toString).filter(character -> !encoder.canEncode(character))
					.forEach(unencodable::add);
			if (!unencodable.isEmpty()) {
				// the characters alone, not the text: the field may be a name or an address
				reasons.add(Reason.of("gbk-unencodable", field, "The text contains "
						+ unencodable.stream().map(GbkTextRule::describe).collect(Collectors.joining(", "))
						+ ", which the bureau file (GBK) cannot carry: replace or remove it"));
			}
		});
		return reasons;
	}

	private static String describe(String character) {
		return "「" + character + "」 (" + String.format("U+%04X", character.codePointAt(0)) + ")";
	}

}
