package cn.beianbridge.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.beianbridge.crypto.PersonalData;

/**
 * A backlog of customer notifications waiting in the queue, as the planner stores them (sealed recipient,
 * parameters, subject and body; due now): what a provider's peak leaves behind.
 */
public final class NotificationBacklog {

	private static final String INSERT = "insert into notification (notification_key, kind, audience, channel, "
			+ "recipient, console_filing_id, template_code, template_param, subject, body, status, attempts, "
			+ "next_attempt_at, created_at) values (?, 'FILING_APPROVED', 'CUSTOMER', ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)";

	private NotificationBacklog() {
	}

	/**
	 * Stores {@code sms} SMS and {@code emails} emails, due at {@code now}, keyed {@code <prefix>-SMS-<n>} and
	 * {@code <prefix>-EMAIL-<n>}; returns their keys.
	 */
	public static List<String> store(JdbcTemplate jdbc, PersonalData data, Instant now, String prefix, int sms,
			int emails) {
		Timestamp due = Timestamp.from(now);
		List<Object[]> rows = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < sms; i++) {
			String key = prefix + "-SMS-" + i;
			keys.add(key);
			rows.add(new Object[] { key, "SMS", data.seal(String.format("138%08d", i)), prefix + "-" + i,
					"SMS_BEIAN_APPROVED", data.seal("{\"entityIcpNumber\":\"浙ICP备" + i + "号\"}"), null,
					data.seal("备案已通过"), due, due });
		}
		for (int i = 0; i < emails; i++) {
			String key = prefix + "-EMAIL-" + i;
			keys.add(key);
			rows.add(new Object[] { key, "EMAIL", data.seal("person" + i + "@example.cn"), prefix + "-" + i, null, null,
					data.seal("备案已通过：浙ICP备" + i + "号"), data.seal("您好，备案已通过（" + key + "）。"), due, due });
		}
		for (int from = 0; from < rows.size(); from += 500) {
			jdbc.batchUpdate(INSERT, rows.subList(from, Math.min(rows.size(), from + 500)));
		}
		return keys;
	}

}
