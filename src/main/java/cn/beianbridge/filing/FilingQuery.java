package cn.beianbridge.filing;

import java.time.Instant;

/**
 * What an operator looks for. Every part is optional (null: any); the parts given must all match.
 *
 * @param text a console filing id (or its beginning), an ICP number (or its beginning: an entity's number finds its
 * websites'), a domain, part of a website's name, or a resident ID number, mobile or email of the applicant or a
 * responsible person (exact, by blind index: the value itself is in no query). The entity's name is sealed at rest
 * (random per value), so it cannot be searched
 * @param deadlineFrom submission deadline at or after
 * @param deadlineTo submission deadline before
 * @param page from 0
 * @param size filings per page, 1 to 200
 */
public record FilingQuery(String text, String province, FilingState state, Instant deadlineFrom, Instant deadlineTo,
		int page, int size) {

	public static final int MAX_SIZE = 200;

	public FilingQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		province = province == null || province.isBlank() ? null : province.strip();
		if (page < 0) {
			throw new IllegalArgumentException("page: from 0");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size: 1 to " + MAX_SIZE);
		}
	}

	public long offset() {
		return (long) page * size;
	}

}
