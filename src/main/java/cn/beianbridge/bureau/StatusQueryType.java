package cn.beianbridge.bureau;

import java.util.Arrays;

/**
 * What {@code isp_querybeianstatus} asks by ({@code queryConditionType}, echoed as {@code Cxtjlx}): a website's
 * domain, or one of the eleven certificates an entity can be filed under. Only a domain query names the website
 * ({@code Wzmc}, {@code Wzbah}); the others answer with the entity's number ({@code Ztbah}) alone.
 */
public enum StatusQueryType {

	DOMAIN(0),
	BUSINESS_LICENCE(1),
	RESIDENT_ID(2),
	PUBLIC_INSTITUTION_ORGANISATION_CODE(3),
	PUBLIC_INSTITUTION_LEGAL_PERSON_CERTIFICATE(4),
	MILITARY_UNIT_CODE(5),
	SOCIAL_ORGANISATION_LEGAL_PERSON_CERTIFICATE(6),
	PASSPORT(7),
	MILITARY_OFFICER_ID(8),
	GOVERNMENT_ORGANISATION_CODE(9),
	SOCIAL_ORGANISATION_ORGANISATION_CODE(10),
	TAIWAN_COMPATRIOT_PERMIT(11);

	private final int code;

	StatusQueryType(int code) {
		this.code = code;
	}

	/** The wire value of {@code queryConditionType} and {@code Cxtjlx}. */
	public int code() {
		return code;
	}

	public boolean byDomain() {
		return this == DOMAIN;
	}

	/** @throws IllegalArgumentException naming queryConditionType when no type has this code */
	public static StatusQueryType of(int code) {
		return Arrays.stream(values())
			.filter(type -> type.code == code)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"queryConditionType %d is none of the 12 the interface defines (0 domain … 11 Taiwan compatriot permit)"
						.formatted(code)));
	}

}
