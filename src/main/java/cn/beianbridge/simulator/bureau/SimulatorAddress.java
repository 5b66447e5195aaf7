package cn.beianbridge.simulator.bureau;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which bureau and service a request is for, from its path below the web-services servlet:
 * {@code /<province code>/ISPWebService/upDownLoad} or {@code /<province code>/BeianStatusWebService/...}.
 */
record SimulatorAddress(String province, BureauService service) {

	private static final Pattern PATH = Pattern.compile("/([0-9]{2})/(.+?)/?");

	static Optional<SimulatorAddress> parse(String pathInfo) {
		if (pathInfo == null) {
			return Optional.empty();
		}
		Matcher matcher = PATH.matcher(pathInfo);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return BureauService.at(matcher.group(2)).map(service -> new SimulatorAddress(matcher.group(1), service));
	}

}
