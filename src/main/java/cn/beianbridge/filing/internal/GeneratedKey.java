package cn.beianbridge.filing.internal;

/** Receives the id the database generated for an insert (MyBatis needs a settable property). */
public final class GeneratedKey {

	private Long id;

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

}
