package cn.beianbridge.crypto.internal;

import javax.crypto.SecretKey;

/** The data keys a node seals and opens with. */
public interface DataKeyRing {

	/** The key new values are sealed under. */
	DataKey active();

	/** @throws cn.beianbridge.crypto.SealBroken when there is no such key */
	DataKey get(int id);

	/** A data key: its id (in every value it sealed), the key, and whether new values no longer use it. */
	record DataKey(int id, SecretKey key, boolean retired) {
	}

}
