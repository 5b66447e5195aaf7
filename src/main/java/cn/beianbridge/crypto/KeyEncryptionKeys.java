package cn.beianbridge.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The current key-encryption key, which wraps every new data key, and the previous ones still accepted while a
 * rotation re-wraps what they wrapped.
 */
public record KeyEncryptionKeys(KeyEncryptionKey current, List<KeyEncryptionKey> previous) {

	public KeyEncryptionKeys {
		previous = List.copyOf(previous);
	}

	public Optional<KeyEncryptionKey> find(String id) {
		return all().stream().filter(key -> key.id().equals(id)).findFirst();
	}

	/** The current key first. */
	public List<KeyEncryptionKey> all() {
		List<KeyEncryptionKey> all = new ArrayList<>();
		all.add(current);
		all.addAll(previous);
		return all;
	}

}
