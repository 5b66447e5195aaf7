package cn.beianbridge.simulator.bureau;

/** Receives the id the database generated for an insert (MyBatis needs a settable property). */
final class NewId {

	private Long id;

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

}
