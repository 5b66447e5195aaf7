package cn.beianbridge.scheduling.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ClusterNodeMapper {

	void insert(@Param("incarnation") String incarnation, @Param("name") String name, @Param("now") Instant now);

	List<NodeRow> findRunning(@Param("name") String name);

	int supersede(@Param("name") String name, @Param("incarnation") String incarnation, @Param("now") Instant now);

	int beat(@Param("incarnation") String incarnation, @Param("now") Instant now);

	int stop(@Param("incarnation") String incarnation, @Param("now") Instant now);

	int markSilent(@Param("self") String self, @Param("cutoff") Instant cutoff, @Param("now") Instant now);

	List<NodeRow> findNotTakenOver();

	int takeOver(@Param("incarnation") String incarnation, @Param("now") Instant now);

	NodeRow find(@Param("incarnation") String incarnation);

	List<String> findStoppedSince(@Param("since") Instant since);

	int forgetStoppedBefore(@Param("before") Instant before);

}
