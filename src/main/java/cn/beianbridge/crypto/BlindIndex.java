package cn.beianbridge.crypto;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * MyBatis: writes the blind index of a value ({@link PersonalData#blindIndex}) into its index column
 * ({@code #{person.certificate.number,typeHandler=cn.beianbridge.crypto.BlindIndex}}); reads the column as stored.
 */
@Component
public class BlindIndex extends TextColumn {

	BlindIndex(ObjectProvider<PersonalData> personalData) {
		super(personalData);
	}

	@Override
	String stored(String value, PersonalData data) {
		return data.blindIndex(value);
	}

	@Override
	String given(String stored, PersonalData data) {
		return stored;
	}

}
