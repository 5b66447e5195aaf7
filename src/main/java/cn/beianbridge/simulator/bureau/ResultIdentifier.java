package cn.beianbridge.simulator.bureau;

import java.util.random.RandomGenerator;

/**
 * How the result ({@code BAJG/Jg_xx/Bs}) of a change or cancellation names it: the spec's text says the bureau id,
 * its note "the bureau id or ICP number the provider submitted", so a bureau may send either.
 */
public enum ResultIdentifier {

	/** The bureau's id: the entity's {@code Ztid} for a change, the cancelled target's {@code Jlid}. */
	BUREAU_ID,

	/** The ICP number: the entity's a change gave, the cancelled entity's or website's (an access's website's). */
	ICP_NUMBER,

	/** Either, drawn for each record. */
	MIXED;

	/** This form, or for {@link #MIXED} one drawn at random. */
	ResultIdentifier draw(RandomGenerator random) {
		return this == MIXED ? (random.nextBoolean() ? BUREAU_ID : ICP_NUMBER) : this;
	}

}
