package cn.beianbridge.calendar;

import java.time.Instant;

/**
 * A moment by which something must have happened.
 *
 * @param at the deadline itself (the end of a business day, i.e. 00:00 of the next calendar day)
 * @param provisional true when a day counted lies in a year whose official calendar is not loaded,
 *     so the Monday–Friday rule was used and the deadline may move once that year's file arrives
 */
public record Deadline(Instant at, boolean provisional) {

}
