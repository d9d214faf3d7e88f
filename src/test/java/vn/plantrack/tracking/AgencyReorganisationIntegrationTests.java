package vn.plantrack.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.registry.Agencies;
import vn.plantrack.registry.AgencySuccessions.State;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;
import vn.plantrack.shared.text.VietText;
import vn.plantrack.tracking.TaskResponsibility.Assignment;

/**
 * Sơn La's 2025 reorganisation, preloaded by migration V10: tasks of 002 (2021) keep the agency the plan
 * named and show who carries them on. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
@Import(MutableClock.Config.class)
abstract class AgencyReorganisationIntegrationTests {

	static final LocalDate AFTER_REORGANISATION = LocalDate.of(2026, 1, 1);

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanConfirmation confirmation;

	@Autowired
	TaskResponsibility responsibility;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	final Actor monitor = new Actor("monitor", Role.MONITOR, null);

	@Test
	void aTaskGivenToSoKeHoachVaDauTuShowsSoTaiChinhAsCurrentAndKeepsTheOriginal() throws Exception {
		long plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed002());
		long task = SonLaPlans.task(jdbc, plan, 312); // 002:312 "Sở Kế hoạch và Đầu tư"

		Assignment lead = responsibility.currentResponsible(task, AFTER_REORGANISATION).lead().get(0);

		assertThat(lead.nameAsWritten()).isEqualTo("Sở Kế hoạch và Đầu tư");
		assertThat(lead.original().name()).isEqualTo("Sở Kế hoạch và Đầu tư");
		assertThat(lead.current().name()).isEqualTo("Sở Tài chính");
		assertThat(lead.state()).isEqualTo(State.SUCCEEDED);
		assertThat(lead.steps()).singleElement().satisfies(step -> {
			assertThat(step.kind()).isEqualTo("MERGE");
			assertThat(step.effectiveDate()).isEqualTo(LocalDate.of(2025, 3, 1));
			assertThat(step.source()).contains("45/2025/NĐ-CP", "HĐND tỉnh Sơn La");
		});
		assertThat(jdbc.sql("SELECT name_as_written FROM task_agency WHERE task_id = ? AND role = 'LEAD'")
			.param(task)
			.query(String.class)
			.single()).as("the stored assignment is never rewritten").isEqualTo("Sở Kế hoạch và Đầu tư");
	}

	@Test
	void beforeTheReorganisationTheOriginalAgencyIsStillResponsible() throws Exception {
		long plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed002());
		long task = SonLaPlans.task(jdbc, plan, 307);

		Assignment lead = responsibility.currentResponsible(task, LocalDate.of(2025, 2, 28)).lead().get(0);

		assertThat(lead.state()).isEqualTo(State.ACTIVE);
		assertThat(lead.current().name()).isEqualTo("Sở Kế hoạch và Đầu tư");
	}

	@Test
	void mergesRenamesAndAbolitionsFollowTheRecordedEvents() throws Exception {
		long plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed002());

		// 002:385 Sở Thông tin và Truyền thông → Sở Khoa học và Công nghệ
		assertThat(lead(plan, 385).current().name()).isEqualTo("Sở Khoa học và Công nghệ");
		// 002:395 Ban Dân tộc → Sở Dân tộc và Tôn giáo
		Assignment ethnic = lead(plan, 395);
		assertThat(ethnic.current().name()).isEqualTo("Sở Dân tộc và Tôn giáo");
		assertThat(ethnic.steps().get(0).kind()).isEqualTo("RENAME");
		// 002:316 Sở Xây dựng was not reorganised
		assertThat(lead(plan, 316).state()).isEqualTo(State.ACTIVE);
		// 002:312 coordinating "UBND các huyện, thành phố": district level ended 1/7/2025
		Assignment districts = responsibility.currentResponsible(SonLaPlans.task(jdbc, plan, 312), AFTER_REORGANISATION)
			.coordinating()
			.get(1);
		assertThat(districts.nameAsWritten()).isEqualTo("UBND các huyện, thành phố");
		assertThat(districts.state()).isEqualTo(State.ABOLISHED);
		assertThat(districts.current()).isNull();
		assertThat(districts.steps().get(0).effectiveDate()).isEqualTo(LocalDate.of(2025, 7, 1));
	}

	@Test
	void aSplitIsNeverGuessedButQueuedUntilAMonitorDecides() throws Exception {
		long plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed002());
		long task = SonLaPlans.task(jdbc, plan, 391); // 002:391 "Sở LĐ-TB&XH", trợ giúp xã hội

		Assignment split = responsibility.currentResponsible(task, AFTER_REORGANISATION).lead().get(0);

		assertThat(split.state()).isEqualTo(State.NEEDS_DECISION);
		assertThat(split.current()).isNull();
		assertThat(split.candidates()).extracting(c -> c.name())
			.containsExactlyInAnyOrder("Sở Nội vụ", "Sở Y tế", "Sở Giáo dục và Đào tạo");
		assertThat(responsibility.pendingDecisions(LocalDate.of(2026, 11, 23)))
			.anySatisfy(p -> assertThat(p.taskId()).isEqualTo(task));

		long labour = SonLaPlans.agency(jdbc, "Sở Lao động - Thương binh và Xã hội");
		long health = SonLaPlans.agency(jdbc, "Sở Y tế");
		responsibility.decide(task, labour, health, "Trợ giúp xã hội chuyển về Sở Y tế", monitor);

		Assignment decided = responsibility.currentResponsible(task, AFTER_REORGANISATION).lead().get(0);
		assertThat(decided.current().name()).isEqualTo("Sở Y tế");
		assertThat(decided.nameAsWritten()).isEqualTo("Sở LĐ-TB&XH");
		assertThat(responsibility.pendingDecisions(LocalDate.of(2026, 11, 23)))
			.noneSatisfy(p -> assertThat(p.taskId()).isEqualTo(task));
	}

	@Test
	void aSplitCanOnlyGoToAnAgencyThatReceivedPartOfIt() throws Exception {
		long plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed002());
		long task = SonLaPlans.task(jdbc, plan, 391);
		long labour = SonLaPlans.agency(jdbc, "Sở Lao động - Thương binh và Xã hội");
		long construction = SonLaPlans.agency(jdbc, "Sở Xây dựng");

		assertThatThrownBy(() -> responsibility.decide(task, labour, construction, "nhầm", monitor))
			.isInstanceOf(TrackingException.class)
			.hasMessageContaining("không nằm trong");
		assertThatThrownBy(() -> responsibility.decide(task, labour, SonLaPlans.agency(jdbc, "Sở Nội vụ"), "lý do",
				new Actor("reporter", Role.REPORTER, labour)))
			.isInstanceOf(TrackingException.class)
			.extracting(ex -> ((TrackingException) ex).kind())
			.isEqualTo(TrackingException.Kind.NOT_PERMITTED);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment_decision WHERE task_id = ?").param(task).query(Long.class).single())
			.isZero();
	}

	@Test
	void theAbbreviatedAndShortNamesResolveToTheSameAgency() {
		long sonLa = agencies.localityId("son-la").orElseThrow();
		long expected = SonLaPlans.agency(jdbc, "Sở Kế hoạch và Đầu tư");

		for (String written : List.of("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư", "Kế hoạch và Đầu tư", "sở kế hoạch và  đầu tư",
				"So Ke hoach va Dau tu")) {
			assertThat(agencies.find(sonLa, written)).as(written).contains(expected);
		}
		// 002 writes "Sở LĐ-TB&XH" (002:391) and "Sở Văn hóa, Thể thao & Du lịch"
		assertThat(agencies.find(sonLa, "Sở LĐ-TB&XH")).contains(SonLaPlans.agency(jdbc, "Sở Lao động - Thương binh và Xã hội"));
		assertThat(agencies.find(sonLa, "Sở Văn hóa, Thể thao & Du lịch"))
			.contains(SonLaPlans.agency(jdbc, "Sở Văn hóa, Thể thao và Du lịch"));
	}

	@Test
	void everyPreloadedAliasIsFoldedTheWayLookupsFold() {
		List<String[]> aliases = jdbc.sql("SELECT alias, folded FROM agency_alias")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();

		assertThat(aliases).hasSizeGreaterThan(40);
		assertThat(aliases).allSatisfy(a -> assertThat(a[1]).as(a[0]).isEqualTo(VietText.fold(VietText.squeeze(a[0]))));
	}

	@Test
	void theDirectoryHasAHierarchyUnderTheProvincialPeoplesCommittee() {
		long sonLa = agencies.localityId("son-la").orElseThrow();
		List<Agencies.Entry> directory = agencies.directory(sonLa);
		long province = SonLaPlans.agency(jdbc, "UBND tỉnh Sơn La");

		assertThat(directory.get(0).name()).isEqualTo("UBND tỉnh Sơn La");
		assertThat(directory).filteredOn(e -> e.name().equals("Sở Tài chính"))
			.singleElement()
			.satisfies(e -> assertThat(e.parentId()).isEqualTo(province));
		assertThat(directory).filteredOn(e -> e.name().equals("Sở Kế hoạch và Đầu tư"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.activeTo()).isEqualTo(LocalDate.of(2025, 2, 28));
				assertThat(e.aliases()).contains("Sở KH&ĐT", "Kế hoạch và Đầu tư");
			});
	}

	private Assignment lead(long plan, int line) {
		return responsibility.currentResponsible(SonLaPlans.task(jdbc, plan, line), AFTER_REORGANISATION).lead().get(0);
	}
}
