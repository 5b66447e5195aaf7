package cn.beianbridge.bureau;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One {@link BureauClient} per province of the catalogue, built from {@code bridge.provinces.<code>.gateway.*}. */
public final class BureauClients {

	private final Map<String, BureauClient> byProvince = new TreeMap<>();

	public BureauClients(Collection<? extends BureauClient> clients) {
		clients.forEach(client -> {
			if (byProvince.putIfAbsent(client.province(), client) != null) {
				throw new IllegalArgumentException("Two bureau clients for province " + client.province());
			}
		});
	}

	/** @throws IllegalArgumentException naming the code when the catalogue has no such province */
	public BureauClient get(String province) {
		BureauClient client = byProvince.get(province);
		if (client == null) {
			throw new IllegalArgumentException(
					"No bureau client for province '" + province + "'; known codes: " + byProvince.keySet());
		}
		return client;
	}

	public List<BureauClient> all() {
		return List.copyOf(byProvince.values());
	}

}
