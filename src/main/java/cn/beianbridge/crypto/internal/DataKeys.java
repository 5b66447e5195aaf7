package cn.beianbridge.crypto.internal;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.beianbridge.crypto.KeyEncryptionKey;
import cn.beianbridge.crypto.KeyEncryptionKeys;
import cn.beianbridge.crypto.SealBroken;
import cn.beianbridge.shared.GeneratedKey;

/**
 * The data keys (random 256-bit AES keys) in {@code crypto_data_key}, each stored wrapped by a master key. At start-up
 * the keys a previous master key wrapped are re-wrapped by the current one and retired, and a new active key is made
 * when the current master key has none: after one start with both keys, the previous one can go.
 */
@Component
public class DataKeys implements DataKeyRing, InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(DataKeys.class);

	private final DataKeyMapper mapper;

	private final KeyEncryptionKeys masterKeys;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Map<Integer, DataKey> keys = new ConcurrentHashMap<>();

	private volatile DataKey active;

	DataKeys(DataKeyMapper mapper, KeyEncryptionKeys masterKeys, TransactionTemplate transactions, Clock clock) {
		this.mapper = mapper;
		this.masterKeys = masterKeys;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		long started = System.nanoTime();
		for (int attempt = 1;; attempt++) {
			try {
				transactions.executeWithoutResult(status -> prepare(started));
				return;
			}
			catch (PessimisticLockingFailureException ex) {
				// nodes starting at once on an empty table: their locks on the gap deadlock, one of them is told to retry
				if (attempt == 3) {
					throw ex;
				}
				keys.clear();
				log.info("Data keys: another node prepares them at the same time, trying again ({})", ex.getClass()
					.getSimpleName());
			}
		}
	}

	private void prepare(long started) {
		KeyEncryptionKey current = masterKeys.current();
		List<DataKeyMapper.DataKeyRow> rows = mapper.lockAll();
		int rewrapped = 0;
		DataKey newest = null;
		for (DataKeyMapper.DataKeyRow row : rows) {
			byte[] raw = unwrap(row);
			boolean retired = "RETIRED".equals(row.state());
			if (!row.kekId().equals(current.id())) {
				mapper.rewrap(row.id(), Base64.getEncoder().encodeToString(current.wrap(raw)), current.id(),
						clock.instant());
				retired = true;
				rewrapped++;
			}
			DataKey key = new DataKey(row.id(), AesGcm.key(raw), retired);
			keys.put(key.id(), key);
			if (!retired) {
				newest = key;
			}
		}
		if (newest == null) {
			newest = create(current);
		}
		active = newest;
		long retired = keys.values().stream().filter(DataKey::retired).count();
		log.info("Data keys ready: {} ({} retired), new values sealed under data key {}, wrapped by {}{}; took {} ms",
				keys.size(), retired, active.id(), current.id(),
				rewrapped == 0 ? "" : "; re-wrapped " + rewrapped + " data key(s) a previous master key wrapped",
				(System.nanoTime() - started) / 1_000_000);
	}

	private DataKey create(KeyEncryptionKey current) {
		byte[] raw = AesGcm.randomKey();
		GeneratedKey id = new GeneratedKey();
		mapper.insert(Base64.getEncoder().encodeToString(current.wrap(raw)), current.id(), clock.instant(), id);
		DataKey key = new DataKey(Math.toIntExact(id.getId()), AesGcm.key(raw), false);
		keys.put(key.id(), key);
		return key;
	}

	private byte[] unwrap(DataKeyMapper.DataKeyRow row) {
		KeyEncryptionKey kek = masterKeys.find(row.kekId())
			.orElseThrow(() -> new IllegalStateException(("Data key %d was wrapped by master key %s, which neither "
					+ "bridge.crypto.master-key nor bridge.crypto.previous-master-keys holds (configured: %s): give "
					+ "the key it was wrapped with as a previous master key").formatted(row.id(), row.kekId(),
							masterKeys.all().stream().map(KeyEncryptionKey::id).toList())));
		return kek.unwrap(Base64.getDecoder().decode(row.wrappedKey()));
	}

	@Override
	public DataKey active() {
		return active;
	}

	/** A key by its id; one another node made since this one started is read from the table. */
	@Override
	public DataKey get(int id) {
		DataKey key = keys.get(id);
		if (key != null) {
			return key;
		}
		DataKeyMapper.DataKeyRow row = mapper.find(id);
		if (row == null) {
			throw new SealBroken("sealed under data key " + id + ", which does not exist");
		}
		key = new DataKey(id, AesGcm.key(unwrap(row)), "RETIRED".equals(row.state())
				|| !row.kekId().equals(masterKeys.current().id()));
		keys.put(id, key);
		return key;
	}

	/** The newest retired data key's id, 0 when none is retired. */
	public int newestRetired() {
		Integer max = mapper.maxRetired();
		return max == null ? 0 : max;
	}

}
