package cn.beianbridge;

/** The application will not start as configured; the message says every reason and what to set. */
class StartupRefused extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String action;

	StartupRefused(String description, String action) {
		super(description);
		this.action = action;
	}

	String action() {
		return action;
	}

}
