package cn.beianbridge.notification.internal;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.crypto.Resealable;
import cn.beianbridge.crypto.ResealableTable;
import cn.beianbridge.crypto.SealedColumns;
import cn.beianbridge.delivery.DeliveryQueues;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.NotificationOutbox;
import cn.beianbridge.notification.Channel;
import cn.beianbridge.notification.NotificationSettings;
import cn.beianbridge.notification.NotificationStatus;
import cn.beianbridge.notification.SmsGatewaySettings;
import cn.beianbridge.province.ProvinceCatalogue;

/**
 * The two Spring Integration flows of the notifications, both polling the database, which is the durable
 * channel: a message is a row before anything is sent, so a restart or a dead node loses none.
 * <ol>
 * <li>{@code notificationPlanning}: outbox events not yet planned → split → one transaction each: the
 * rendered notifications of the event's customer, stored once by key.</li>
 * <li>{@code notificationDelivery}: per channel, as many due notifications claimed as it has free sending threads
 * ({@code bridge.notifications.sms.concurrency}, {@code .email.concurrency}) → on a thread of the channel: claim
 * renewed → sent to the SMS gateway or SMTP → the outcome recorded (sent; retried with back-off; DEAD after the last
 * attempt).</li>
 * </ol>
 * Operator alerts enter as rows directly, in the transaction of whoever raised them
 * ({@link NotificationPlanner#on}), and leave through the same delivery flow.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

	/** A backlog drains batch after batch in one poll (up to this many), not one batch per poll interval. */
	private static final int MAX_BATCHES_PER_POLL = 10;

	@Bean
	NotificationTemplates notificationTemplates(NotificationSettings settings) {
		return NotificationTemplates.load(settings.templates());
	}

	@Bean
	NotificationPlanner notificationPlanner(NotificationMapper mapper, NotificationOutbox outbox,
			NotificationTemplates templates, Filings filings, ProvinceCatalogue provinces, NotificationSettings settings,
			Clock clock, PersonalData personalData) {
		if (settings.operators().emails().isEmpty() && settings.operators().mobiles().isEmpty()) {
			log.warn("No operator recipients (bridge.notifications.operators.emails, .mobiles): operator alerts go to "
					+ "the log and the metrics only");
		}
		return new NotificationPlanner(mapper, outbox, templates, filings, provinces, settings, clock, personalData);
	}

	@Bean
	NotificationQueue notificationQueue(NotificationMapper mapper, NotificationSettings settings, MeterRegistry meters,
			DeliveryQueues queues, PersonalData personalData) {
		for (NotificationStatus status : List.of(NotificationStatus.PENDING, NotificationStatus.DEAD)) {
			Gauge.builder("bridge.notifications", mapper, m -> m.countByStatus(status.name()))
				.tag("status", status.name())
				.description("Notifications waiting to be sent (PENDING) or parked after every attempt failed (DEAD)")
				.register(meters);
		}
		return new NotificationQueue(mapper, settings, queues, personalData);
	}

	/** Recipient, parameters, subject and body are sealed (NotificationMapper.xml): re-encrypted after a rotation. */
	@Bean
	Resealable notificationTable(NotificationMapper mapper, PersonalData data, TransactionTemplate transactions) {
		return new ResealableTable("notification", SealedColumns.text("recipient", "template_param", "subject", "body"),
				"id", Integer.MAX_VALUE, (cursor, limit) -> mapper.sealedAfter(ResealableTable.afterId(cursor), limit),
				mapper::updateSealed, data, transactions);
	}

	@Bean
	SmsGatewaySender smsGatewaySender(SmsGatewaySettings settings) {
		return new SmsGatewaySender(settings);
	}

	@Bean
	EmailSender emailSender(ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings) {
		return new EmailSender(mailSender, settings);
	}

	@Bean
	IntegrationFlow notificationPlanning(NotificationPlanner planner, NotificationSettings settings) {
		return IntegrationFlow
			.fromSupplier(planner::eventsToPlan,
					source -> source.id("notificationPlanningPoller")
						.autoStartup(settings.enabled())
						.poller(Pollers.fixedDelay(settings.pollInterval()).maxMessagesPerPoll(MAX_BATCHES_PER_POLL)))
			.split()
			.<NotificationOutbox.Entry>handle((event, headers) -> {
				try {
					planner.plan(event);
				}
				catch (RuntimeException ex) {
					// one event that cannot be planned must not hold up the ones behind it
					planner.failed(event, ex);
				}
				return null;
			})
			.get();
	}

	@Bean
	NotificationDispatcher notificationDispatcher(NotificationQueue queue, SmsGatewaySender sms, EmailSender email,
			NotificationSettings settings, MeterRegistry meters, TransactionTemplate transactions) {
		NotificationDispatcher dispatcher = new NotificationDispatcher(settings.pollInterval(), Channel.values().length);
		for (Channel channel : Channel.values()) {
			ChannelSender sender = new ChannelSender(channel, settings.concurrency(channel), settings.batchSize(), queue,
					transactions, channel == Channel.SMS ? sms::send : email::send);
			Gauge.builder("bridge.notifications.in-flight", sender, ChannelSender::inFlight)
				.tag("channel", channel.name())
				.description("Notifications being sent right now (at most bridge.notifications.<channel>.concurrency)")
				.register(meters);
			dispatcher.add(sender);
		}
		return dispatcher;
	}

	/** Polls only to wake the dispatcher: while a backlog lasts one poll keeps both channels busy. */
	@Bean
	IntegrationFlow notificationDelivery(NotificationDispatcher dispatcher, EmailSender email,
			NotificationSettings settings) {
		return IntegrationFlow.fromSupplier(() -> {
			try {
				dispatcher.dispatchDue();
			}
			catch (InterruptedException ex) {
				// the poller stopped
				Thread.currentThread().interrupt();
			}
			email.closeIdle();
			// the sends are the channels' threads' work: no message goes down this flow
			return null;
		}, source -> source.id("notificationDeliveryPoller")
			.autoStartup(settings.enabled())
			.taskScheduler(dispatcher.pollThread())
			.poller(Pollers.fixedDelay(settings.pollInterval())))
			.nullChannel();
	}

}
