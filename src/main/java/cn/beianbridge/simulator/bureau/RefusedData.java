package cn.beianbridge.simulator.bureau;

/** A record the bureau refuses with a 10xx data code while filing it. */
class RefusedData extends RuntimeException {

	private final int resultCode;

	RefusedData(int resultCode, String message) {
		super(message);
		this.resultCode = resultCode;
	}

	int resultCode() {
		return resultCode;
	}

}
