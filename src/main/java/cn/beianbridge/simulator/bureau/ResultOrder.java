package cn.beianbridge.simulator.bureau;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How a simulated bureau hands out the files of one round of decisions: the filed data with the ICP numbers (BASJ)
 * and the results (BAJG). The interface does not fix their order, and real bureaus differ.
 */
public enum ResultOrder {

	/** BASJ, then BAJG: the numbers are there before the approvals. */
	IN_ORDER,

	/** BAJG, then BASJ, both at once. */
	REVERSED,

	/** BAJG at once, BASJ only after the numbers delay. */
	NUMBERS_LATE,

	/** BAJG at once, BASJ only once the BAJG was acknowledged, so in a later {@code isp_download}. */
	NUMBERS_IN_LATER_DOWNLOAD,

	/** Both in one file, the results first in it. */
	ONE_FILE,

	/** Any of the others, drawn for each round (and a round's files repeated now and then). */
	MIXED;

	private static final List<ResultOrder> DRAWN = List.of(IN_ORDER, REVERSED, NUMBERS_LATE, NUMBERS_IN_LATER_DOWNLOAD,
			ONE_FILE);

	/** This order, or for {@link #MIXED} one drawn at random. */
	ResultOrder draw(RandomGenerator random) {
		return this == MIXED ? DRAWN.get(random.nextInt(DRAWN.size())) : this;
	}

}
