package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.plantrack.registry.Role;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.CycleExceptions;
import vn.plantrack.tracking.ReportingCycles;
import vn.plantrack.tracking.Submissions;

/**
 * The page of one reporting cycle. Seed 000 (14-CTr/TU): Đảng ủy Sở Xây dựng leads tasks 2.3, 2.4, 2.7 (lines
 * 415, 416, 421) and indicators 6, 20, 26 (lines 505, 521, 529): six items its report should cover. Đảng ủy Sở
 * Nông nghiệp và Môi trường leads task 7.3 (line 457) and reports nothing here. Today is 01/07/2027.
 */
class CyclePagesTests extends PagesTestSupport {

	static final String REPORTER = "xaydung.kybaocao";

	@Autowired
	ReportingCycles cycles;

	@Autowired
	Submissions submissions;

	@Autowired
	CycleExceptions exceptions;

	long plan;

	long may;

	long december;

	long xayDung;

	long nongNghiep;

	long sentInMay;

	@BeforeEach
	void twoMonthlyCyclesWithAReportOfSoXayDungInEach() {
		plan = confirmedSeed000();
		// May 2027 is due before 10/06/2027, already past; December 2027 before 10/01/2028, still to come
		may = CycleFixtures.monthly(cycles, plan, 5, LocalDate.of(2027, 6, 10));
		december = CycleFixtures.monthly(cycles, plan, 12, LocalDate.of(2028, 1, 10));
		xayDung = leadOf(taskOnLine(plan, 416));
		nongNghiep = leadOf(taskOnLine(plan, 457));
		reporterOf(REPORTER, xayDung);
		Actor reporter = new Actor(REPORTER, Role.REPORTER, xayDung);
		long task = taskOnLine(plan, 416);
		long indicator = indicatorOnLine(plan, 505);
		sentInMay = CycleFixtures.sentReport(submissions, exceptions, may, reporter, task, indicator, "Báo cáo tháng 5");
		CycleFixtures.sentReport(submissions, exceptions, december, reporter, task, indicator, "Báo cáo tháng 12");
	}

	@Test
	void aMonitorSeesEachAgencysReportStateTimelinessAndCompleteness() throws Exception {
		String page = page(mvc.perform(get("/cycles/" + may).with(user("m").roles("MONITOR"))).andExpect(status().isOk()));
		assertThat(page).contains("Kỳ báo cáo Tháng 5 năm 2027", // the monthly data window runs from the 15th to the 14th (Nghị định 09/2019/NĐ-CP, Điều 12)
				"Từ 15/04/2027 đến 14/05/2027", "Hạn nộp (trước ngày)", "10/06/2027",
				"Đã khóa từ ngày hạn nộp");
		// sent on 01/07/2027, on or after the due day 10/06/2027: late; 1 task + 1 indicator of the 6 it leads
		assertThat(row(page, xayDung)).contains("Đảng ủy Sở Xây dựng", "Đã gửi", "Muộn", "01/07/2027 10:00", "2/6 mục",
				"href=\"/submissions/" + sentInMay + "\"", "badge tl-LATE");
		assertThat(row(page, nongNghiep)).contains("Chưa gửi", "Chưa nộp (quá hạn)", "badge tl-MISSING")
			.doesNotContain("/submissions/");
	}

	@Test
	void reportsSentBeforeTheDueDayAreOnTimeAndOthersAreNotYetDue() throws Exception {
		String page = page(mvc.perform(get("/cycles/" + december).with(user("l").roles("LEADER"))).andExpect(status().isOk()));
		assertThat(page).contains("Kỳ báo cáo Tháng 12 năm 2027", "10/01/2028", "Đang nhận báo cáo đúng hạn");
		assertThat(row(page, xayDung)).contains("Đã gửi", "Đúng hạn", "badge tl-ON_TIME");
		assertThat(row(page, nongNghiep)).contains("Chưa gửi", "Chưa nộp (chưa đến hạn)");
	}

	@Test
	void isRefusedToTheAdministratorAndAskAnonymousVisitorsToSignIn() throws Exception {
		mvc.perform(get("/cycles/" + may).with(user("a").roles("ADMIN"))).andExpect(status().isForbidden());
		mvc.perform(get("/cycles/" + may)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/cycles/999999").with(user("m").roles("MONITOR"))).andExpect(status().isNotFound());
	}

	@Test
	void aReporterSeesOnlyItsOwnAgencysLineAndNoCycleItDoesNotReportIn() throws Exception {
		String page = page(mvc.perform(get("/cycles/" + may).with(user(REPORTER).roles("REPORTER"))).andExpect(status().isOk()));
		assertThat(row(page, xayDung)).contains("Đã gửi", "Muộn");
		assertThat(page).doesNotContain("id=\"agency-" + nongNghiep + "\"");
		long outsider = jdbc.sql("""
				SELECT MIN(id) FROM agency WHERE id NOT IN (SELECT agency_id FROM cycle_agency WHERE cycle_id = ?)""")
			.param(may).query(Long.class).single();
		reporterOf("ngoai.kybaocao", outsider);
		mvc.perform(get("/cycles/" + may).with(user("ngoai.kybaocao").roles("REPORTER"))).andExpect(status().isForbidden());
	}

	@Test
	void thePlanPageLinksEachCycleExceptForTheAdministrator() throws Exception {
		assertThat(page(mvc.perform(get("/plans/" + plan).with(user("l").roles("LEADER"))).andExpect(status().isOk())))
			.contains("href=\"/cycles/" + may + "\"", "href=\"/cycles/" + december + "\"");
		assertThat(page(mvc.perform(get("/plans/" + plan).with(user("a").roles("ADMIN"))).andExpect(status().isOk())))
			.contains("Tháng 5 năm 2027").doesNotContain("href=\"/cycles/" + may + "\"");
	}

	/** The table row of one agency. */
	static String row(String page, long agency) {
		int start = page.indexOf("id=\"agency-" + agency + "\"");
		assertThat(start).as("row of agency " + agency).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}
}
