package cn.beianbridge.submission.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.submission.ProvinceBlocks;

@Component
class DatabaseProvinceBlocks implements ProvinceBlocks {

	private static final Logger log = LoggerFactory.getLogger(DatabaseProvinceBlocks.class);

	private final UploadBatchMapper mapper;

	private final Clock clock;

	DatabaseProvinceBlocks(UploadBatchMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	@Override
	public List<Block> all() {
		return mapper.allBlocks();
	}

	@Override
	public Optional<Block> find(String province) {
		return all().stream().filter(block -> block.province().equals(province)).findFirst();
	}

	@Override
	@Transactional
	public Optional<Integer> lift(String province) {
		if (mapper.deleteBlock(province) == 0) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		mapper.insertUnblockMoves(province, now);
		int files = mapper.unblockFiles(province, now);
		log.info("Province {}: block lifted, {} blocked file(s) back to BUILT for the next submit run", province, files);
		return Optional.of(files);
	}

}
