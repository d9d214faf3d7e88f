package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.plantrack.registry.Agencies;
import vn.plantrack.tracking.CycleExceptions;
import vn.plantrack.tracking.Frequency;
import vn.plantrack.tracking.ReportingCycles;

/**
 * "Việc của tôi" says for each cycle whether it still takes the agency's report: open before its due day, locked
 * from that day, open again through an exception, locked again when the exception ran out; a locked cycle offers
 * no save or send button. Seed 000 (14-CTr/TU): Đảng ủy Sở Y tế leads task 6.3 (line 449). The yearly cycles are
 * due before 15/12/2026 (locked on 01/07/2027, today) and 15/12/2027 (open).
 */
class MyWorkCycleLockPagesTests extends PagesTestSupport {

	static final String REPORTER = "yte.khoaky";

	@Autowired
	ReportingCycles cycles;

	@Autowired
	CycleExceptions exceptions;

	@Autowired
	Agencies agencies;

	long cycle2026;

	long cycle2027;

	long yTe;

	@BeforeEach
	void theYearlyCyclesAndAReporterOfSoYTeWithoutExceptions() {
		long plan = confirmedSeed000();
		CycleFixtures.yearlyCycles(cycles, plan);
		cycle2026 = yearly(plan, 2026);
		cycle2027 = yearly(plan, 2027);
		yTe = leadOf(taskOnLine(plan, 449));
		assertThat(agencies.name(yTe)).contains("Đảng ủy Sở Y tế");
		reporterOf(REPORTER, yTe);
		jdbc.sql("DELETE FROM cycle_exception WHERE agency_id = ?").param(yTe).update();
	}

	@Test
	void theListSaysWhichCycleIsOpenAndWhichLockedSinceItsDueDay() throws Exception {
		String page = page(mvc.perform(get("/my-work").with(reporter())).andExpect(status().isOk()));

		assertThat(page).contains("Nhận báo cáo");
		assertThat(cell(page, cycle2026)).contains("Đã khóa từ ngày 15/12/2026", "badge locked");
		assertThat(cell(page, cycle2027)).contains("Đang mở, nộp trước ngày 15/12/2027").doesNotContain("khóa");
		// the current cycle, 2027, offers its buttons
		assertThat(page).contains("id=\"save-draft\"", "id=\"submit-report\"").doesNotContain("id=\"cycle-closed\"");
	}

	@Test
	void aLockedCycleSaysSoAndOffersNoSaveOrSendButton() throws Exception {
		String page = page(mvc.perform(get("/my-work").param("cycle", Long.toString(cycle2026)).with(reporter()))
			.andExpect(status().isOk()));

		assertThat(page).contains("Kỳ báo cáo đã khóa từ ngày hạn nộp 15/12/2026: cơ quan không lưu, không gửi báo cáo được nữa.",
				"<fieldset disabled=\"disabled\">");
		assertThat(page).doesNotContain("id=\"save-draft\"", "id=\"submit-report\"");
		// a post made anyway (an old tab) is refused by tracking and saves nothing
		String refused = page(mvc.perform(post("/my-work").param("cycle", Long.toString(cycle2026)).param("action", "draft")
			.param("narrative", "Báo cáo muộn").with(reporter()).with(csrf())));
		assertThat(refused).contains("Kỳ báo cáo năm 2026 đã khóa từ ngày 15/12/2026")
			.doesNotContain("id=\"save-draft\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE cycle_id = ? AND agency_id = ?").params(cycle2026, yTe)
			.query(Long.class).single()).isZero();
	}

	@Test
	void anExceptionOpensTheLockedCycleUntilItsNewDate() throws Exception {
		exceptions.grant(cycle2026, new CycleExceptions.Grant(yTe, LocalDate.of(2027, 7, 20), "Chờ số liệu y tế cơ sở"),
				CycleFixtures.MONITOR);

		String page = page(mvc.perform(get("/my-work").param("cycle", Long.toString(cycle2026)).with(reporter()))
			.andExpect(status().isOk()));

		assertThat(cell(page, cycle2026)).contains("Được gia hạn: nộp trước ngày 20/07/2027 (kỳ đã khóa từ ngày 15/12/2026)");
		assertThat(page).contains("Cơ quan được gia hạn: hãy gửi báo cáo trước ngày 20/07/2027.", "id=\"save-draft\"",
				"id=\"submit-report\"").doesNotContain("id=\"cycle-closed\"");
	}

	@Test
	void anExceptionThatRanOutLocksTheCycleAgain() throws Exception {
		// granted earlier until 30/06/2027, the day before today (a grant made now must be after today)
		jdbc.sql("""
				INSERT INTO cycle_exception (cycle_id, agency_id, new_due_date, reason, granted_by, granted_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(cycle2026, yTe, Date.valueOf(LocalDate.of(2027, 6, 30)), "Chờ số liệu", "m",
					Timestamp.valueOf("2027-06-01 09:00:00"))
			.update();

		String page = page(mvc.perform(get("/my-work").param("cycle", Long.toString(cycle2026)).with(reporter()))
			.andExpect(status().isOk()));

		assertThat(cell(page, cycle2026)).contains("Đã khóa: hạn gia hạn đã hết từ ngày 30/06/2027 (kỳ khóa từ ngày 15/12/2026)");
		assertThat(page).contains("Kỳ báo cáo đã khóa: hạn gia hạn của cơ quan đã hết từ ngày 30/06/2027.")
			.doesNotContain("id=\"save-draft\"", "id=\"submit-report\"");
	}

	private long yearly(long plan, int year) {
		return cycles.list(plan).stream().filter(c -> c.frequency() == Frequency.YEARLY && c.year() == year).findFirst()
			.orElseThrow().id();
	}

	/** The lock cell of one cycle's row. */
	private static String cell(String page, long cycle) {
		int start = page.indexOf("id=\"lock-" + cycle + "\"");
		assertThat(start).as("lock of cycle " + cycle).isPositive();
		return page.substring(start, page.indexOf("</td>", start));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor reporter() {
		return user(REPORTER).roles("REPORTER");
	}
}
