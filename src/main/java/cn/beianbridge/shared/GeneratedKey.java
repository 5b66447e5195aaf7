package cn.beianbridge.shared;

/** Receives the id the database generated for a MyBatis insert ({@code keyProperty="key.id"}); MyBatis needs a setter. */
public final class GeneratedKey {

	private Long id;

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

}
