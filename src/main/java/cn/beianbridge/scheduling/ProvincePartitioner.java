package cn.beianbridge.scheduling;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;

/**
 * One partition per enabled province, named {@code province-<code>}, whatever the grid size: the grid size only
 * bounds how many run at once. The province batch jobs (submit, download) all partition this way.
 */
public final class ProvincePartitioner implements Partitioner {

	/** The step execution context key holding the partition's province code. */
	public static final String PROVINCE = "province";

	private final ProvinceCatalogue catalogue;

	public ProvincePartitioner(ProvinceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (Province province : catalogue.enabled()) {
			ExecutionContext context = new ExecutionContext();
			context.putString(PROVINCE, province.code());
			partitions.put("province-" + province.code(), context);
		}
		return partitions;
	}

}
