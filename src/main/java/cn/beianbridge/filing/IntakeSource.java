package cn.beianbridge.filing;

/** Where a filing came in from; recorded with it and in its history. */
public enum IntakeSource {

	CONSOLE("collector:console"), PUSH("intake:push"), DROP_FOLDER("collector:drop-folder");

	private final String actor;

	IntakeSource(String actor) {
		this.actor = actor;
	}

	/** Who the history names as the cause of the first transition. */
	public String actor() {
		return actor;
	}

}
