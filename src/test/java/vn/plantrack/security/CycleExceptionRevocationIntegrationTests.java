package vn.plantrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.reporting.export.ReportFixture;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.CycleExceptions;
import vn.plantrack.tracking.Frequency;
import vn.plantrack.tracking.ReportingCycles;
import vn.plantrack.tracking.Submissions;
import vn.plantrack.tracking.TrackingException;

/**
 * A MONITOR withdraws an exception to a cycle's lock: after the due day the agency is locked out again, a report it
 * already sent under the exception stays, the revocation is audited with its reason. The plan is
 * {@link ReportFixture}'s (lead agencies Sở Khoa học và Công nghệ, line 10, and Sở Nông nghiệp và Môi trường,
 * line 14); its first-half cycle of 2026 is due before 15/06/2026. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
abstract class CycleExceptionRevocationIntegrationTests {

	static final String MONITOR_USER = "revoking-monitor";

	static final String REPORTER_USER = "revoking-reporter";

	static final String PASSWORD = "Revoking-Password-2026";

	static final Actor MONITOR = new Actor(MONITOR_USER, Role.MONITOR, null);

	@Autowired
	SettableClock clock;

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanConfirmation confirmation;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	CycleExceptions exceptions;

	@Autowired
	Submissions submissions;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	long cycle;

	long science;

	long agriculture;

	@BeforeEach
	void aFirstHalfCycleDueBefore15June2026() throws Exception {
		clock.setDay(LocalDate.of(2026, 6, 1));
		long plan = ReportFixture.aConfirmedPlanWithProgressAndObservations(documentImport, confirmation, jdbc,
				clock.instant());
		ReportingCycles.Cycle opened = cycles.open(plan, Frequency.SEMIANNUAL, 2026, 1, LocalDate.of(2026, 6, 15), MONITOR);
		cycle = opened.id();
		science = agency(opened, "Sở Khoa học và Công nghệ");
		agriculture = agency(opened, "Sở Nông nghiệp và Môi trường");
		if (users.account(MONITOR_USER).isEmpty()) {
			users.create(MONITOR_USER, PASSWORD, Role.MONITOR, null, "test");
			users.create(REPORTER_USER, PASSWORD, Role.REPORTER, science, "test");
		}
	}

	@Test
	void afterTheDueDayARevokedAgencyIsLockedAgainWhileAReportSentUnderItsExceptionStays() {
		clock.setDay(LocalDate.of(2026, 6, 20));
		grant(science, LocalDate.of(2026, 6, 30));
		grant(agriculture, LocalDate.of(2026, 6, 30));
		Submissions.View sent = submissions.submit(submissions.saveDraft(cycle,
				new Submissions.Draft(agriculture, "Báo cáo 6 tháng", List.of(), List.of(), null), MONITOR).id(), MONITOR);

		CycleExceptions.Revocation science = exceptions.revoke(cycle, this.science, "Gia hạn nhầm cơ quan", MONITOR);
		exceptions.revoke(cycle, agriculture, "Đã nhận báo cáo", MONITOR);

		assertThat(science.lockedNow()).isTrue();
		assertThat(science.revokedNewDueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(science.agency()).isEqualTo("Sở Khoa học và Công nghệ");
		assertThat(exceptions.ofCycle(cycle, MONITOR)).isEmpty();
		TrackingException locked = catchThrowableOfType(TrackingException.class, () -> submissions.saveDraft(cycle,
				new Submissions.Draft(this.science, "Báo cáo", List.of(), List.of(), null), MONITOR));
		assertThat(locked.kind()).isEqualTo(TrackingException.Kind.CONFLICT);
		assertThat(locked.getMessage()).isEqualTo("Kỳ báo cáo 6 tháng đầu năm 2026 đã khóa từ ngày 15/06/2026; "
				+ "đề nghị cơ quan theo dõi gia hạn cho Sở Khoa học và Công nghệ.");
		Submissions.View kept = submissions.view(sent.id(), MONITOR);
		assertThat(kept.status()).isEqualTo(Submissions.Status.SUBMITTED);
		assertThat(kept.firstSubmittedAt()).isEqualTo(sent.firstSubmittedAt());
		assertThat(jdbc.sql("""
				SELECT before_state, after_state FROM audit_event WHERE action = 'CYCLE_EXCEPTION_REVOKED'
				AND entity_id = ? ORDER BY id""").param(Long.toString(cycle)).query((rs, n) -> rs.getString(1) + " → "
						+ rs.getString(2)).list()).containsExactly(
						"agency=" + this.science + " until<2026-06-30 reason=Chờ số liệu → agency=" + this.science
								+ " revoked reason=Gia hạn nhầm cơ quan",
						"agency=" + agriculture + " until<2026-06-30 reason=Chờ số liệu → agency=" + agriculture
								+ " revoked reason=Đã nhận báo cáo");
	}

	@Test
	void beforeTheDueDayARevocationLeavesTheCycleOpen() {
		clock.setDay(LocalDate.of(2026, 6, 10));
		grant(science, LocalDate.of(2026, 6, 30));

		CycleExceptions.Revocation revoked = exceptions.revoke(cycle, science, "Không cần gia hạn", MONITOR);

		assertThat(revoked.lockedNow()).isFalse();
		assertThat(submissions.saveDraft(cycle, new Submissions.Draft(science, "Báo cáo", List.of(), List.of(), null),
				MONITOR).status()).isEqualTo(Submissions.Status.DRAFT);
	}

	@Test
	void aRevocationNeedsAMonitorAReasonAndAnExceptionToRevokeAndOtherwiseChangesNothing() {
		clock.setDay(LocalDate.of(2026, 6, 20));
		grant(science, LocalDate.of(2026, 6, 30));
		Actor reporter = new Actor(REPORTER_USER, Role.REPORTER, science);

		assertThat(catchThrowableOfType(TrackingException.class,
				() -> exceptions.revoke(cycle, science, "Tự thu hồi", reporter)).kind())
			.isEqualTo(TrackingException.Kind.NOT_PERMITTED);
		assertThat(catchThrowableOfType(TrackingException.class,
				() -> exceptions.revoke(cycle, science, "  ", MONITOR)).getMessage())
			.isEqualTo("Thu hồi gia hạn phải nêu lý do (trường reason, tối đa 2000 ký tự)");
		assertThat(catchThrowableOfType(TrackingException.class,
				() -> exceptions.revoke(cycle, agriculture, "Không có", MONITOR)).getMessage())
			.isEqualTo("Cơ quan " + agriculture + " không có gia hạn trong kỳ báo cáo 6 tháng đầu năm 2026");

		assertThat(exceptions.newDueDate(cycle, science)).contains(LocalDate.of(2026, 6, 30));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'CYCLE_EXCEPTION_REVOKED' AND entity_id = ?")
			.param(Long.toString(cycle)).query(Long.class).single()).isZero();
	}

	@Test
	void theApiRevokesForAMonitorOnlyWithTheReasonInTheBodyOrAsAParameter() throws Exception {
		clock.setDay(LocalDate.of(2026, 6, 20));
		grant(science, LocalDate.of(2026, 6, 30));
		grant(agriculture, LocalDate.of(2026, 6, 30));
		String path = "/api/cycles/" + cycle + "/exceptions/";

		mvc.perform(delete(path + science).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Tự thu hồi\"}")
			.with(user(REPORTER_USER).roles("REPORTER"))).andExpect(status().isForbidden());
		mvc.perform(delete(path + science).with(user(MONITOR_USER).roles("MONITOR")))
			.andExpect(status().isUnprocessableContent());
		assertThat(exceptions.ofCycle(cycle, MONITOR)).hasSize(2);

		mvc.perform(delete(path + science).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Gia hạn nhầm\"}").with(user(MONITOR_USER).roles("MONITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agency").value("Sở Khoa học và Công nghệ"))
			.andExpect(jsonPath("$.revokedNewDueDate").value("2026-06-30"))
			.andExpect(jsonPath("$.lockedNow").value(true));
		mvc.perform(delete(path + agriculture).param("reason", "Đã nhận báo cáo")
			.with(user(MONITOR_USER).roles("MONITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reason").value("Đã nhận báo cáo"));
		mvc.perform(delete(path + agriculture).param("reason", "Lần hai").with(user(MONITOR_USER).roles("MONITOR")))
			.andExpect(status().isNotFound());
		assertThat(exceptions.ofCycle(cycle, MONITOR)).isEmpty();
	}

	private void grant(long agency, LocalDate until) {
		exceptions.grant(cycle, new CycleExceptions.Grant(agency, until, "Chờ số liệu"), MONITOR);
	}

	private static long agency(ReportingCycles.Cycle cycle, String name) {
		return cycle.agencies().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
	}
}
