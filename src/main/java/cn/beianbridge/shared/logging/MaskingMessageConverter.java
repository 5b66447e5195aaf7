package cn.beianbridge.shared.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

import cn.beianbridge.shared.LogMasking;

/**
 * {@code %m} of every log line with resident IDs, mobiles and emails masked (logback-spring.xml): a safety net for a
 * message that quotes what a peer sent; log lines should not carry personal data in the first place.
 */
public class MaskingMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return LogMasking.masked(super.convert(event));
	}

}
