package cn.beianbridge.ops.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.ops.internal.OpsAudit.Change;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.scheduling.ProvincePauses;
import cn.beianbridge.submission.ProvinceBlocks;

/** Provinces and their gateways: blocks, pauses. */
@Service
public class ProvinceOperations {

	private final ProvinceCatalogue catalogue;

	private final ProvinceBlocks blocks;

	private final ProvincePauses pauses;

	private final OpsAudit audit;

	ProvinceOperations(ProvinceCatalogue catalogue, ProvinceBlocks blocks, ProvincePauses pauses, OpsAudit audit) {
		this.catalogue = catalogue;
		this.blocks = blocks;
		this.pauses = pauses;
		this.audit = audit;
	}

	@PreAuthorize("hasRole('VIEWER')")
	public List<ProvinceStatus> provinces() {
		Map<String, ProvinceBlocks.Block> blocked = new HashMap<>();
		blocks.all().forEach(block -> blocked.put(block.province(), block));
		Map<String, ProvincePauses.Pause> paused = new HashMap<>();
		pauses.all().forEach(pause -> paused.put(pause.province(), pause));
		return catalogue.all()
			.stream()
			.map(province -> new ProvinceStatus(province.code(), province.displayName(), province.enabled(),
					blocked.get(province.code()), paused.get(province.code())))
			.toList();
	}

	@PreAuthorize("hasRole('VIEWER')")
	public ProvinceStatus province(String code) {
		Province province = known(code);
		return new ProvinceStatus(province.code(), province.displayName(), province.enabled(),
				blocks.find(code).orElse(null), pauses.find(code).orElse(null));
	}

	/** Lifts a block once its cause is fixed: the province's blocked files are sent by the next submit run. */
	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional
	public int liftBlock(String code, String reason) {
		known(code);
		String why = OpsProblem.requireReason(reason);
		ProvinceBlocks.Block block = blocks.find(code)
			.orElseThrow(() -> OpsProblem.refused("province " + code + " is not blocked"));
		Optional<Integer> files = blocks.lift(code);
		if (files.isEmpty()) {
			throw OpsProblem.refused("province " + code + " is not blocked");
		}
		audit.record(Change.of("province.lift-block", "province:" + code, why,
				files.get() + " blocked file(s) back to BUILT")
			.states("BLOCKED (msg_code " + block.msgCode() + "): " + block.reason(), "not blocked"));
		return files.get();
	}

	/** Pauses a province's jobs (submit, download), e.g. for the bureau's announced maintenance. */
	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional
	public void pause(String code, String reason) {
		known(code);
		String why = OpsProblem.requireReason(reason);
		if (!pauses.pause(code, why, SecurityContextHolder.getContext().getAuthentication().getName())) {
			throw OpsProblem.refused("province " + code + " is already paused");
		}
		audit.record(Change.of("province.pause", "province:" + code, why, "paused").states("running", "paused"));
	}

	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional
	public void resume(String code, String reason) {
		known(code);
		String why = OpsProblem.requireReason(reason);
		ProvincePauses.Pause pause = pauses.find(code)
			.orElseThrow(() -> OpsProblem.refused("province " + code + " is not paused"));
		if (!pauses.resume(code)) {
			throw OpsProblem.refused("province " + code + " is not paused");
		}
		audit.record(Change.of("province.resume", "province:" + code, why, "resumed")
			.states("paused: " + pause.describe(), "running"));
	}

	private Province known(String code) {
		return catalogue.find(code).orElseThrow(() -> OpsProblem.notFound("no province " + code));
	}

	/** A province as the console shows it; {@code block} and {@code pause} are null when there is none. */
	public record ProvinceStatus(String code, String name, boolean enabled, ProvinceBlocks.Block block,
			ProvincePauses.Pause pause) {
	}

}
