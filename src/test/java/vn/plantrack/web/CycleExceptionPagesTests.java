package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.plantrack.tracking.CycleExceptions;
import vn.plantrack.tracking.ReportingCycles;

/**
 * A MONITOR grants and revokes exceptions to a cycle's lock on the cycle page, each with its reason. Seed 000
 * (14-CTr/TU): Đảng ủy Sở Xây dựng leads task 2.4 (line 416), Đảng ủy Sở Nông nghiệp và Môi trường task 7.3 (line
 * 457). The cycle is June 2027, due before 20/06/2027; today is 01/07/2027, so it is locked.
 */
class CycleExceptionPagesTests extends PagesTestSupport {

	static final String REPORTER = "nongnghiep.giahan";

	@Autowired
	ReportingCycles cycles;

	@Autowired
	CycleExceptions exceptions;

	long june;

	long xayDung;

	long nongNghiep;

	@BeforeEach
	void aLockedJuneCycleWithoutExceptions() {
		long plan = confirmedSeed000();
		june = CycleFixtures.monthly(cycles, plan, 6, LocalDate.of(2027, 6, 20));
		xayDung = leadOf(taskOnLine(plan, 416));
		nongNghiep = leadOf(taskOnLine(plan, 457));
		reporterOf(REPORTER, nongNghiep);
		jdbc.sql("DELETE FROM cycle_exception WHERE cycle_id = ?").param(june).update();
	}

	@Test
	void aMonitorGrantsAnExceptionWithItsReasonAndThePageListsIt() throws Exception {
		mvc.perform(post("/cycles/" + june + "/exceptions").param("agencyId", Long.toString(nongNghiep))
			.param("newDueDate", "15/7/2027").param("reason", "Chờ số liệu quý II của Cục Thống kê")
			.with(user("theodoi").roles("MONITOR")).with(csrf()))
			.andExpect(redirectedUrl("/cycles/" + june + "#exceptions"))
			.andExpect(flash().attribute("message", "cycle.exception.granted"));

		assertThat(exceptions.newDueDate(june, nongNghiep)).contains(LocalDate.of(2027, 7, 15));
		String page = page(mvc.perform(get("/cycles/" + june).with(user("theodoi").roles("MONITOR")))
			.andExpect(status().isOk()));
		assertThat(page).contains("Gia hạn trong kỳ (1)", "Gia hạn cho một cơ quan");
		assertThat(row(page, nongNghiep)).contains("Đảng ủy Sở Nông nghiệp và Môi trường", "trước ngày 15/07/2027",
				"Chờ số liệu quý II của Cục Thống kê", "theodoi, 01/07/2027 10:00", "Thu hồi gia hạn");
		assertThat(jdbc.sql("""
				SELECT actor FROM audit_event WHERE action = 'CYCLE_EXCEPTION_GRANTED' AND entity_id = ? AND after_state = ?""")
			.params(Long.toString(june), "agency=" + nongNghiep + " until<2027-07-15 reason=Chờ số liệu quý II của Cục Thống kê")
			.query(String.class).list()).containsExactly("theodoi");
	}

	@Test
	void aGrantWithoutReasonOrWithAnImpossibleDateIsRefusedAtItsFieldAndChangesNothing() throws Exception {
		String page = page(mvc.perform(post("/cycles/" + june + "/exceptions").param("agencyId", Long.toString(nongNghiep))
			.param("newDueDate", "31/02/2027").param("reason", "   ")
			.with(user("theodoi").roles("MONITOR")).with(csrf()))
			.andExpect(status().isUnprocessableContent()));

		assertAdjacentError(page, "exceptionReason", "Hãy ghi lý do gia hạn.");
		assertAdjacentError(page, "newDueDate", "Ngày «31/02/2027» không hợp lệ; hãy ghi theo dạng dd/MM/yyyy, ví dụ 15/06/2027.");
		String past = page(mvc.perform(post("/cycles/" + june + "/exceptions").param("agencyId", Long.toString(nongNghiep))
			.param("newDueDate", "30/06/2027").param("reason", "Chờ số liệu")
			.with(user("theodoi").roles("MONITOR")).with(csrf()))
			.andExpect(status().isUnprocessableContent()));
		assertAdjacentError(past, "newDueDate", "Hạn mới «30/06/2027» phải sau hôm nay.");
		assertThat(exceptions.newDueDate(june, nongNghiep)).isEmpty();
	}

	@Test
	void aMonitorRevokesAnExceptionOnlyWithAReasonAndTheAgencyIsLockedAgain() throws Exception {
		exceptions.grant(june, new CycleExceptions.Grant(xayDung, LocalDate.of(2027, 7, 20), "Chờ số liệu"),
				CycleFixtures.MONITOR);

		String refused = page(mvc.perform(post("/cycles/" + june + "/exceptions/" + xayDung + "/revoke")
			.param("reason", "").with(user("theodoi").roles("MONITOR")).with(csrf()))
			.andExpect(status().isUnprocessableContent()));
		assertAdjacentError(refused, "revoke-reason-" + xayDung, "Hãy ghi lý do thu hồi gia hạn.");
		assertThat(exceptions.newDueDate(june, xayDung)).isPresent();

		mvc.perform(post("/cycles/" + june + "/exceptions/" + xayDung + "/revoke").param("reason", "Gia hạn nhầm cơ quan")
			.with(user("theodoi").roles("MONITOR")).with(csrf()))
			.andExpect(redirectedUrl("/cycles/" + june + "#exceptions"))
			.andExpect(flash().attribute("message", "cycle.exception.revokedLocked"));

		assertThat(exceptions.newDueDate(june, xayDung)).isEmpty();
		assertThat(jdbc.sql("SELECT after_state FROM audit_event WHERE action = 'CYCLE_EXCEPTION_REVOKED' AND entity_id = ?")
			.param(Long.toString(june)).query(String.class).list())
			.contains("agency=" + xayDung + " revoked reason=Gia hạn nhầm cơ quan");
		assertThat(page(mvc.perform(get("/cycles/" + june).with(user("theodoi").roles("MONITOR")))))
			.contains("Chưa gia hạn cho cơ quan nào trong kỳ này.");
		// revoked meanwhile by someone else: said on the page
		assertThat(page(mvc.perform(post("/cycles/" + june + "/exceptions/" + xayDung + "/revoke")
			.param("reason", "Lần nữa").with(user("theodoi").roles("MONITOR")).with(csrf()))
			.andExpect(status().isUnprocessableContent()))).contains("không có gia hạn trong kỳ báo cáo tháng 6 năm 2027");
	}

	@Test
	void aLeaderOrReporterSeesTheExceptionsWithoutFormsAndIsRefusedBoth() throws Exception {
		exceptions.grant(june, new CycleExceptions.Grant(nongNghiep, LocalDate.of(2027, 7, 20), "Chờ số liệu"),
				CycleFixtures.MONITOR);

		String leader = page(mvc.perform(get("/cycles/" + june).with(user("l").roles("LEADER"))).andExpect(status().isOk()));
		assertThat(row(leader, nongNghiep)).contains("trước ngày 20/07/2027").doesNotContain("Thu hồi gia hạn");
		assertThat(leader).doesNotContain("Gia hạn cho một cơ quan");
		String reporter = page(mvc.perform(get("/cycles/" + june).with(user(REPORTER).roles("REPORTER")))
			.andExpect(status().isOk()));
		assertThat(row(reporter, nongNghiep)).contains("trước ngày 20/07/2027");

		for (var caller : java.util.List.of(user("l").roles("LEADER"), user(REPORTER).roles("REPORTER"),
				user("a").roles("ADMIN"))) {
			mvc.perform(post("/cycles/" + june + "/exceptions").param("agencyId", Long.toString(xayDung))
				.param("newDueDate", "31/07/2027").param("reason", "Tự gia hạn").with(caller).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/cycles/" + june + "/exceptions/" + nongNghiep + "/revoke").param("reason", "Tự thu hồi")
				.with(caller).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(exceptions.newDueDate(june, xayDung)).isEmpty();
		assertThat(exceptions.newDueDate(june, nongNghiep)).contains(LocalDate.of(2027, 7, 20));
	}

	/** The exception row of one agency. */
	static String row(String page, long agency) {
		int start = page.indexOf("id=\"exception-" + agency + "\"");
		assertThat(start).as("exception row of agency " + agency).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}
}
