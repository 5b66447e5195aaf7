/**
 * Filing: the stored filings and their states, and the only module that changes them. Intake checks an offered filing
 * against the contract and its province's rules; every move, intake's HELD included, goes through
 * {@link FilingTransitions}, which writes the history row and raises the typed {@link FilingEvent} ({@link FilingHeld},
 * {@link FilingSubmitted}, {@link FilingApproved}, {@link FilingRejected}, {@link FilingRefused},
 * {@link FilingFlaggedOverdue}) into the outbox in the same transaction.
 * <p>
 * Owns {@code filing}, {@code website}, {@code website_domain}, {@code website_ip_range}, {@code filing_attachment},
 * {@code attachment_content}, {@code filing_history}, {@code filing_reason}, {@code filing_event} (the outbox),
 * {@code rejected_input} and {@code approval_awaiting_numbers} (docs/modules.md). Decided filings' personal data,
 * rejected inputs and delivered events go to the purge as {@link cn.beianbridge.purge.PersonalDataHolder}s.
 * <p>
 * Offers {@link FilingIntake}, {@link FilingTransitions}, {@link Filings} (reads, history, census), for the
 * operations console {@link FilingSearch}, {@link HeldFilings} (re-check against today's rules) and
 * {@link RejectedInputReview} (rejected inputs listed and re-checked),
 * {@link BureauNumbers}, {@link HostedObjects} (what we host, found by the bureau's ids or ICP numbers: for change,
 * cancel and the bureau's cancellations), {@link BureauIds} (keeps those ids from BASJ),
 * {@link ApprovalsAwaitingNumbers}, {@link ReviewOverdue}, {@link SubmissionDeadlines}, and
 * the outbox as {@link ConsoleOutbox} (for sync: a {@link cn.beianbridge.delivery.DeliveryStore} its delivery queue
 * claims from), {@link ConsoleEvents} (the deliveries as operators see them: status, attempts, last error) and
 * {@link NotificationOutbox} (for notification).
 * <p>
 * Personal data (names, ID numbers, mobiles, emails, addresses of applicant, responsible persons and emergency
 * contact; attachment bytes; event payloads; rejected inputs) is sealed at rest through crypto and opened when read;
 * {@link Filings#naming} finds a person's filings by blind index. {@code FilingSealing} offers the tables to the
 * re-encryption after a key rotation.
 * <p>
 * Flow: collection → <b>intake</b> (RECEIVED, or HELD with reasons) → submission (BATCHED, SUBMITTED) → download
 * (APPROVED, REJECTED, REFUSED) → sync tells the console, notification tells the customer, each from the outbox.
 */
package cn.beianbridge.filing;
