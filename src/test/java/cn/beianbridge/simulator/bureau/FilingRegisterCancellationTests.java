package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.beianbridge.simulator.bureau.FilingRegister.FiledTarget;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledDomainRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledEntityRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledWebsiteRow;
import cn.beianbridge.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/** The register's side of cancellations, on the simulator's tables (H2). */
class FilingRegisterCancellationTests extends SimulatorTestSupport {

	// a province no other test of this context files in
	private static final String JIANGXI = "36";

	@Autowired
	SimulatorRegisterMapper mapper;

	@Autowired
	BureauSimulatorSettings settings;

	@Test
	void findsAFilingByItsNumberOrItsBureauIdCancelledOrNot() {
		FilingRegister register = register();
		Filed filed = fileEntity(2);

		assertThat(register.find(filed.entity().icpNumber())).get().extracting(FiledTarget::kind, FiledTarget::bureauId)
			.containsExactly(0, filed.entity().ztid());
		assertThat(register.find(Long.toString(filed.entity().ztid()))).get().extracting(FiledTarget::icpNumber)
			.isEqualTo(filed.entity().icpNumber());
		assertThat(register.find(" " + filed.websites().get(1).wzid() + " ")).get()
			.extracting(FiledTarget::kind, FiledTarget::icpNumber)
			.containsExactly(1, filed.websites().get(1).icpNumber());
		register.cancelWebsite(filed.websites().get(1), TestClock.now());
		assertThat(register.find(filed.websites().get(1).icpNumber())).get().extracting(FiledTarget::cancelled)
			.isEqualTo(true);
		assertThat(register.find("赣ICP备1999999999号")).isEmpty();
		assertThat(register.find("999")).isEmpty();
		assertThat(register.find("not a filing")).isEmpty();
	}

	@Test
	void anEntityCancelledTakesItsFiledWebsitesAndKeepsTheirDomainsAside() {
		FilingRegister register = register();
		Filed filed = fileEntity(3);
		Instant now = TestClock.now();
		assertThat(register.entityWithCertificate(filed.entity().certificateNumber())).isPresent();
		register.cancelWebsite(filed.websites().get(0), now);

		List<FiledWebsiteRow> along = register.cancelEntity(filed.entity(), now);

		assertThat(along).extracting(FiledWebsiteRow::icpNumber)
			.as("the website cancelled before is not cancelled twice")
			.containsExactly(filed.websites().get(1).icpNumber(), filed.websites().get(2).icpNumber());
		assertThat(mapper.findEntity(filed.entity().icpNumber()).cancelled()).isTrue();
		assertThat(mapper.findWebsitesOfEntity(filed.entity().icpNumber())).allMatch(FiledWebsiteRow::cancelled);
		assertThat(register.alreadyFiled(filed.domains())).as("free to be filed again").isEmpty();
		assertThat(register.status(filed.domains().get(2))).isEmpty();
		assertThat(mapper.findCancelledDomains(filed.websites().get(2).icpNumber()))
			.containsExactly(filed.domains().get(2));
		assertThat(register.passwordMd5(provinces.get(JIANGXI), filed.entity().icpNumber(), "0".repeat(32), now))
			.as("no password is right for a number no longer filed").isEmpty();
		assertThat(register.entityWithCertificate(filed.entity().certificateNumber())).isEmpty();
	}

	@Test
	void drawsOnlyWhatIsStillFiled() {
		FilingRegister register = register();
		Filed kept = fileEntity(1);
		Filed gone = fileEntity(1);
		register.cancelEntity(gone.entity(), TestClock.now());
		Random random = new Random(7);
		Set<String> drawn = new HashSet<>();
		for (int i = 0; i < 40; i++) {
			register.anyFiled(JIANGXI, random).map(FiledTarget::icpNumber).ifPresent(drawn::add);
		}

		assertThat(drawn).contains(kept.entity().icpNumber(), kept.websites().get(0).icpNumber())
			.doesNotContain(gone.entity().icpNumber(), gone.websites().get(0).icpNumber());

		register.cancelEntity(kept.entity(), TestClock.now());
		for (String entity : mapper.findFiledEntities(JIANGXI)) {
			register.cancelEntity(mapper.findEntity(entity), TestClock.now());
		}
		assertThat(register.anyFiled(JIANGXI, random)).isEmpty();
	}

	private FilingRegister register() {
		return new FilingRegister(mapper, new IcpSerials(mapper), settings);
	}

	/** An entity with websites, one domain each, written straight into the register's tables. */
	private Filed fileEntity(int websites) {
		long serial = UploadFiles.nextId();
		String number = "赣ICP备%010d号".formatted(serial);
		long ztid = Long.parseLong(JIANGXI + "%010d".formatted(serial));
		Instant now = TestClock.now();
		FiledEntityRow entity = new FiledEntityRow(number, JIANGXI, ztid, null, "江西主体", "0".repeat(32), websites, now,
				"91360000MA" + serial, null);
		mapper.insertEntity(entity);
		List<FiledWebsiteRow> rows = new java.util.ArrayList<>();
		List<String> domains = new java.util.ArrayList<>();
		for (int i = 1; i <= websites; i++) {
			FiledWebsiteRow website = new FiledWebsiteRow(number + "-" + i, number, JIANGXI, ztid * 1000 + i, null,
					"江西网站" + i, now, null);
			mapper.insertWebsite(website);
			String domain = "register-%d-%d.cn".formatted(serial, i);
			mapper.insertDomains(website.icpNumber(), JIANGXI, List.of(new FiledDomainRow(domain, website.wzid() * 100 + 1,
					null)), now);
			rows.add(website);
			domains.add(domain);
		}
		return new Filed(entity, rows, domains);
	}

	private record Filed(FiledEntityRow entity, List<FiledWebsiteRow> websites, List<String> domains) {
	}

}
