package cn.beianbridge.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.beianbridge.crypto.internal.AesGcm;
import cn.beianbridge.crypto.internal.DataKeyRing;
import cn.beianbridge.crypto.internal.EnvironmentKeyEncryptionKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cipher of personal data at rest: what a reader of the raw column sees, and what is refused. */
class PersonalDataTests {

	static final String RESIDENT_ID = "11010519491231002X";

	static final KeyEncryptionKey MASTER_A = EnvironmentKeyEncryptionKey.of(Base64.getEncoder()
		.encodeToString("master key A for the unit tests!".getBytes(StandardCharsets.US_ASCII)), "a");

	static final KeyEncryptionKey MASTER_B = EnvironmentKeyEncryptionKey.of(Base64.getEncoder()
		.encodeToString("master key B for the unit tests!".getBytes(StandardCharsets.US_ASCII)), "b");

	final Ring ring = new Ring();

	final PersonalData data = new PersonalData(ring, new KeyEncryptionKeys(MASTER_A, List.of()));

	@Test
	void textAndBytesComeBackAsTheyWereAndTheStoredFormHidesThem() {
		String sealed = data.seal("张三 " + RESIDENT_ID);
		assertThat(sealed).doesNotContain(RESIDENT_ID).doesNotContain("张三");
		assertThat(data.open(sealed)).isEqualTo("张三 " + RESIDENT_ID);
		byte[] photo = "an ID card scan".getBytes(StandardCharsets.UTF_8);
		byte[] sealedPhoto = data.seal(photo);
		assertThat(new String(sealedPhoto, StandardCharsets.ISO_8859_1)).doesNotContain("ID card");
		assertThat(data.open(sealedPhoto)).isEqualTo(photo);
		// a random nonce: the same value twice is two different ciphertexts (no equality leaks)
		assertThat(data.seal("13800000001")).isNotEqualTo(data.seal("13800000001"));
		assertThat(data.seal((String) null)).isNull();
		assertThat(data.open((String) null)).isNull();
	}

	@Test
	void anAlteredValueIsRefused() {
		byte[] sealed = Base64.getDecoder().decode(data.seal("13800000001"));
		sealed[sealed.length - 20] ^= 1;
		assertThatThrownBy(() -> data.open(Base64.getEncoder().encodeToString(sealed))).isInstanceOf(SealBroken.class)
			.hasMessageContaining("altered");
		// the data key id is authenticated too: moving a value under another key is refused
		byte[] moved = Base64.getDecoder().decode(data.seal("13800000001"));
		int other = ring.add();
		moved[4] = (byte) other;
		assertThatThrownBy(() -> data.open(moved)).isInstanceOf(SealBroken.class);
		assertThatThrownBy(() -> data.open("13800000001")).isInstanceOf(SealBroken.class)
			.hasMessageContaining("not a sealed value");
	}

	@Test
	void aValueUnderAnotherKeyIsRefused() {
		String sealed = data.seal("person1@example.cn");
		Ring strangers = new Ring();
		PersonalData elsewhere = new PersonalData(strangers, new KeyEncryptionKeys(MASTER_A, List.of()));
		assertThatThrownBy(() -> elsewhere.open(sealed)).isInstanceOf(SealBroken.class);
		// and a data key wrapped by one master key cannot be unwrapped by another
		byte[] wrapped = MASTER_A.wrap(AesGcm.randomKey());
		assertThatThrownBy(() -> MASTER_B.unwrap(wrapped)).isInstanceOf(SealBroken.class);
	}

	@Test
	void valuesUnderTwoDataKeysAreReadableAtOnceAndTheOldOnesAreFoundForResealing() {
		String before = data.seal("西湖区文三路1号");
		ring.rotate();
		String after = data.seal("西湖区文三路1号");
		assertThat(data.open(before)).isEqualTo(data.open(after)).isEqualTo("西湖区文三路1号");
		assertThat(data.isCurrent(before)).isFalse();
		assertThat(data.isCurrent(after)).isTrue();
		assertThat(data.isCurrent(data.reseal(before))).isTrue();
	}

	@Test
	void aRowUnderARetiredKeyIsSealedAgainWithFreshBlindIndexes() {
		Map<String, Object> row = new HashMap<>();
		row.put("id", 7L);
		row.put("person_cert_number", data.seal(RESIDENT_ID));
		row.put("person_mobile", data.seal("13800000001"));
		row.put("person_cert_number_bidx", "stale");
		SealedColumns columns = SealedColumns.text("person_cert_number", "person_mobile", "emergency_mobile")
			.withBlindIndexes(Map.of("person_cert_number_bidx", "person_cert_number"));
		assertThat(data.resealRow(row, columns)).as("all current: nothing to write").isFalse();

		ring.rotate();
		PersonalData rotated = new PersonalData(ring, new KeyEncryptionKeys(MASTER_B, List.of(MASTER_A)));
		assertThat(rotated.resealRow(row, columns)).isTrue();
		assertThat(rotated.isCurrent((String) row.get("person_cert_number"))).isTrue();
		assertThat(rotated.open((String) row.get("person_mobile"))).isEqualTo("13800000001");
		assertThat(row.get("person_cert_number_bidx")).isEqualTo(rotated.blindIndex(RESIDENT_ID));
		assertThat(row.get("emergency_mobile")).isNull();
	}

	@Test
	void theBlindIndexFindsTheValueWhateverItsCaseAndOnlyWithTheKey() {
		assertThat(data.blindIndex(RESIDENT_ID)).isEqualTo(data.blindIndex(" 11010519491231002x "))
			.isNotEqualTo(data.blindIndex("110105194912310021")).hasSize(64).doesNotContain(RESIDENT_ID);
		PersonalData rotated = new PersonalData(ring, new KeyEncryptionKeys(MASTER_B, List.of(MASTER_A)));
		assertThat(rotated.blindIndex(RESIDENT_ID)).isNotEqualTo(data.blindIndex(RESIDENT_ID));
		// during a rotation a lookup asks for both
		assertThat(rotated.blindIndexes(RESIDENT_ID)).containsExactly(rotated.blindIndex(RESIDENT_ID),
				data.blindIndex(RESIDENT_ID));
	}

	/** Data keys in memory; {@link #rotate()} retires the active one and makes a new one. */
	static final class Ring implements DataKeyRing {

		private final Map<Integer, DataKey> keys = new HashMap<>();

		private int active;

		Ring() {
			active = add();
		}

		int add() {
			int id = keys.size() + 1;
			keys.put(id, new DataKey(id, AesGcm.key(AesGcm.randomKey()), false));
			return id;
		}

		void rotate() {
			keys.put(active, new DataKey(active, keys.get(active).key(), true));
			active = add();
		}

		@Override
		public DataKey active() {
			return keys.get(active);
		}

		@Override
		public DataKey get(int id) {
			DataKey key = keys.get(id);
			if (key == null) {
				throw new SealBroken("sealed under data key " + id + ", which does not exist");
			}
			return key;
		}

	}

}
