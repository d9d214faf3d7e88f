package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.plantrack.registry.Role;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.CycleExceptions;
import vn.plantrack.tracking.ReportingCycles;
import vn.plantrack.tracking.Submissions;

/**
 * The page of one agency's report and a MONITOR's decision on it. Seed 000 (14-CTr/TU): Đảng ủy Sở Xây dựng leads
 * task 2.7 "Tập trung rà soát, điều chỉnh bổ sung các quy hoạch ..." (line 421) and indicator 26 (line 529, nước
 * thải được xử lý); Đảng ủy Sở Nông nghiệp và Môi trường leads task 7.3 (line 457). Each test has its own
 * monthly cycle of 2027 (all past due) so that its report starts as sent; the first
 * one is only read.
 */
class SubmissionPagesTests extends PagesTestSupport {

	static final String REPORTER = "xaydung.baocaothang";

	static final String OTHER_REPORTER = "nongnghiep.baocaothang";

	@Autowired
	ReportingCycles cycles;

	@Autowired
	Submissions submissions;

	@Autowired
	CycleExceptions exceptions;

	long plan;

	long task;

	long indicator;

	@BeforeEach
	void reportersOfTwoAgencies() {
		plan = confirmedSeed000();
		task = taskOnLine(plan, 421);
		indicator = indicatorOnLine(plan, 529);
		reporterOf(REPORTER, leadOf(task));
		reporterOf(OTHER_REPORTER, leadOf(taskOnLine(plan, 457)));
	}

	/** Sở Xây dựng's report for {@code month} 2027, sent on 01/07/2027. */
	long sentReport(int month) {
		long cycle = CycleFixtures.monthly(cycles, plan, month, LocalDate.of(2027, month + 1, 10));
		return CycleFixtures.sentReport(submissions, exceptions, cycle, new Actor(REPORTER, Role.REPORTER, leadOf(task)), task,
				indicator, "Tháng " + month + ": đã rà soát 3 quy hoạch phân khu.");
	}

	@Test
	void showsTheNarrativeTaskUpdatesAndIndicatorValuesWithTheMonitorsButtons() throws Exception {
		long id = sentReport(1);
		String page = page(mvc.perform(get("/submissions/" + id).with(monitor())).andExpect(status().isOk()));
		assertThat(page).contains("Báo cáo của Đảng ủy Sở Xây dựng", "Đã gửi", "Tháng 1: đã rà soát 3 quy hoạch phân khu.",
				"Tập trung rà soát, điều chỉnh bổ sung các quy hoạch", "40 %", "Đã khởi công 2 công trình",
				"href=\"/tasks/" + task + "\"", "href=\"/indicators/" + indicator + "\"", "Ước thực hiện", "21,5",
				"Chấp nhận", "Trả lại", "Ý kiến (bắt buộc khi trả lại)");
		// a LEADER reads the same report but decides nothing
		assertThat(page(mvc.perform(get("/submissions/" + id).with(user("l").roles("LEADER"))).andExpect(status().isOk())))
			.contains("Tháng 1: đã rà soát").doesNotContain("action=\"/submissions/" + id + "/accept\"");
	}

	@Test
	void aReturnWithACommentSendsTheReportBackToItsAgency() throws Exception {
		long id = sentReport(2);
		mvc.perform(post("/submissions/" + id + "/return").param("comment", "Bổ sung số liệu quý I")
			.param("version", reportVersion(id)).with(monitor()).with(csrf()))
			.andExpect(redirectedUrl("/submissions/" + id));
		assertThat(state(id)).isEqualTo("RETURNED");
		assertThat(jdbc.sql("SELECT review_comment FROM submission WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("Bổ sung số liệu quý I");
		// its agency sees why, and where to correct it
		assertThat(page(mvc.perform(get("/submissions/" + id).with(user(REPORTER).roles("REPORTER"))).andExpect(status().isOk())))
			.contains("Trả lại", "Bổ sung số liệu quý I", "href=\"/my-work?cycle=")
			.doesNotContain("action=\"/submissions/" + id + "/accept\"");
	}

	@Test
	void aReturnWithoutACommentShowsTheErrorNextToTheFieldAndChangesNothing() throws Exception {
		long id = sentReport(3);
		String before = reportVersion(id);
		String page = page(mvc.perform(post("/submissions/" + id + "/return").param("comment", "   ")
			.param("version", before).with(monitor()).with(csrf())).andExpect(status().isOk()));
		assertAdjacentError(page, "comment", "Hãy ghi ý kiến: cơ quan cần biết phải sửa gì.");
		assertThat(state(id)).isEqualTo("SUBMITTED");
		assertThat(reportVersion(id)).isEqualTo(before);
	}

	@Test
	void acceptingWritesTheFiguresButADecisionOnAnOutdatedPageChangesNothing() throws Exception {
		long id = sentReport(4);
		String current = reportVersion(id);
		String outdated = Integer.toString(Integer.parseInt(current) - 1);
		String page = page(mvc.perform(post("/submissions/" + id + "/accept").param("version", outdated).with(monitor())
			.with(csrf())).andExpect(status().isOk()));
		assertThat(page).contains("Báo cáo đã thay đổi từ khi bạn mở trang");
		assertThat(state(id)).isEqualTo("SUBMITTED");
		assertThat(observations()).isZero();

		mvc.perform(post("/submissions/" + id + "/accept").param("version", current).with(monitor()).with(csrf()))
			.andExpect(redirectedUrl("/submissions/" + id));
		assertThat(state(id)).isEqualTo("ACCEPTED");
		// the estimate 21,5 of April 2027 is now the indicator's observation for that month
		assertThat(jdbc.sql("""
				SELECT obs_value FROM observation WHERE indicator_id = ? AND period_kind = 'MONTH' AND period_year = 2027
				AND period_index = 4 AND kind = 'ESTIMATE'""").param(indicator).query(BigDecimal.class).single())
			.isEqualByComparingTo("21.5");
		// accepting twice is refused with tracking's reason, on the page
		assertThat(page(mvc.perform(post("/submissions/" + id + "/accept").param("version", reportVersion(id)).with(monitor())
			.with(csrf())).andExpect(status().isOk()))).contains("Không thực hiện được vì báo cáo vừa thay đổi");
	}

	@Test
	void onlyAMonitorDecidesAndAReporterReadsOnlyItsOwnAgencysReport() throws Exception {
		long id = sentReport(1);
		String before = reportVersion(id);
		for (RequestPostProcessor who : new RequestPostProcessor[] { user("l").roles("LEADER"), user("a").roles("ADMIN"),
				user(REPORTER).roles("REPORTER") }) {
			mvc.perform(post("/submissions/" + id + "/accept").param("version", before).with(who).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/submissions/" + id + "/return").param("comment", "x").param("version", before).with(who)
				.with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(state(id)).isEqualTo("SUBMITTED");
		assertThat(reportVersion(id)).isEqualTo(before);
		mvc.perform(get("/submissions/" + id).with(user("a").roles("ADMIN"))).andExpect(status().isForbidden());
		mvc.perform(get("/submissions/" + id).with(user(OTHER_REPORTER).roles("REPORTER"))).andExpect(status().isForbidden());
		mvc.perform(get("/submissions/" + id)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/submissions/999999").with(monitor())).andExpect(status().isNotFound());
		assertThat(page(mvc.perform(get("/submissions/" + id).with(user(REPORTER).roles("REPORTER"))).andExpect(status().isOk())))
			.contains("Tháng 1: đã rà soát").doesNotContain("action=\"/submissions/" + id + "/return\"");
	}

	static RequestPostProcessor monitor() {
		return user("m").roles("MONITOR");
	}

	String state(long id) {
		return jdbc.sql("SELECT status FROM submission WHERE id = ?").param(id).query(String.class).single();
	}

	String reportVersion(long id) {
		return jdbc.sql("SELECT version FROM submission WHERE id = ?").param(id).query(Integer.class).single().toString();
	}

	long observations() {
		return jdbc.sql("SELECT COUNT(*) FROM observation WHERE indicator_id = ? AND period_kind = 'MONTH' AND period_year = 2027 AND period_index = 4")
			.param(indicator).query(Long.class).single();
	}
}
