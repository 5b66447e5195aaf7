package cn.beianbridge.delivery;

import java.util.List;

/** A counter an outcome increments: its name and tags (key, value, …) exactly as the dashboards know them. */
public record DeliveryMeter(String name, List<String> tags) {

	public DeliveryMeter {
		if (tags.size() % 2 != 0) {
			throw new IllegalArgumentException("Tags of meter " + name + " must be key, value pairs, were " + tags);
		}
		tags = List.copyOf(tags);
	}

	public static DeliveryMeter of(String name, String... tags) {
		return new DeliveryMeter(name, List.of(tags));
	}

}
