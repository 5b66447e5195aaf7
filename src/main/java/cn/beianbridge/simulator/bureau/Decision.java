package cn.beianbridge.simulator.bureau;

/** What a simulated reviewer decides about one uploaded record. */
public enum Decision {

	/** 1001, with ICP numbers in a BASJ file. */
	APPROVE,
	/** 1002, with a reviewer's opinion. */
	REJECT,
	/** A 10xx data code, e.g. 1005 domain already filed. */
	REFUSE

}
