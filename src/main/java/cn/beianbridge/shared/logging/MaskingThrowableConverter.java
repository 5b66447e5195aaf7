package cn.beianbridge.shared.logging;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

import ch.qos.logback.classic.spi.IThrowableProxy;

import cn.beianbridge.shared.LogMasking;

/**
 * Boot's {@code %wEx} (stack traces) with resident IDs, mobiles and emails masked: an exception's message may quote a
 * value (a database error naming the row, a parser quoting its input).
 */
public class MaskingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

	@Override
	protected String throwableProxyToString(IThrowableProxy proxy) {
		return LogMasking.masked(super.throwableProxyToString(proxy));
	}

}
