package cn.beianbridge.crypto;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * MyBatis: a text column that holds personal data sealed (Base64), named where it is written
 * ({@code #{person.mobile,typeHandler=cn.beianbridge.crypto.SealedText}}).
 */
@Component
public class SealedText extends TextColumn {

	SealedText(ObjectProvider<PersonalData> personalData) {
		super(personalData);
	}

	@Override
	String stored(String value, PersonalData data) {
		return data.seal(value);
	}

	@Override
	String given(String stored, PersonalData data) {
		return data.open(stored);
	}

}
