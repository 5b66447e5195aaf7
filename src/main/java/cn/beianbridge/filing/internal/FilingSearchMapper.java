package cn.beianbridge.filing.internal;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.filing.FilingQuery;
import cn.beianbridge.filing.FilingSummary;

/** The console's search (FilingSearchMapper.xml): plain columns as they are, personal ones by blind index only. */
@Mapper
public interface FilingSearchMapper {

	long count(@Param("q") FilingQuery query, @Param("like") String like, @Param("domain") String domain,
			@Param("indexes") List<String> indexes);

	List<FilingSummary> find(@Param("q") FilingQuery query, @Param("like") String like, @Param("domain") String domain,
			@Param("indexes") List<String> indexes, @Param("offset") long offset);

}
