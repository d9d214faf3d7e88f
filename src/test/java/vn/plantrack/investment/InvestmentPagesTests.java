package vn.plantrack.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.plantrack.support.TestDatabases;

/** The project list and the investor ranking as a browser gets them: Vietnamese first, numbers as 1.234,5. */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
@AutoConfigureMockMvc
@Import(InvestmentTestTime.class)
class InvestmentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Projects projects;

	@Autowired
	CapitalPlans plans;

	@Autowired
	Disbursements disbursements;

	@Autowired
	SettableClock clock;

	static boolean seeded;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@BeforeEach
	void twoInvestorsInLaiChau2026() {
		clock.set("2026-04-05T09:00");
		if (seeded) {
			return;
		}
		seeded = true;
		// Ban A: 750 of 1000 = 75%; Ban B: (100 + 2000) of (3000 + 5000) = 26,25%
		project("Đường vào bản Hon", "Ban QLDA Giao thông", "1000", "750");
		project("Trường mầm non Tân Uyên", "Ban QLDA Dân dụng", "3000", "100");
		project("Nhà văn hóa xã Khun Há", "Ban QLDA Dân dụng", "5000", "2000");
		projects.create(new NewProject("lai-chau", "7", "Cầu treo bản Nà Bỏ", "OTHER", "Giao thông", null, null,
				"Năm 2027", null, null), "monitor");
	}

	@Test
	void ranksInvestorsByTheirDisbursementRateInVietnamese() throws Exception {
		String page = mvc.perform(get("/investment/rankings").param("year", "2026").param("month", "3")
			.param("locality", "lai-chau")
			.with(user("leader").roles("LEADER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Xếp hạng giải ngân đến hết tháng 3/2026", "Chủ đầu tư");
		assertThat(page.indexOf("Ban QLDA Giao thông")).isLessThan(page.indexOf("Ban QLDA Dân dụng"));
		assertThat(page).contains("75,00 %", "26,25 %", "8.000,000", "2.100,000");
	}

	@Test
	void showsTheProjectsWithTheirRatesAndTheLinearForecast() throws Exception {
		String page = mvc.perform(get("/investment/projects").param("year", "2026").param("month", "3")
			.param("locality", "lai-chau")
			.with(user("monitor").roles("MONITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// all in March: 750 × 12 / 3 = 3000 of 1000 → 300,00 %
		assertThat(page).contains("Đường vào bản Hon", "75,00 %", "300,00 %", "Ngân sách nhà nước", "tuyến tính");
		// a registered project without a 2026 plan is listed apart, not measured
		assertThat(page).contains("Dự án chưa được giao kế hoạch vốn năm 2026", "Cầu treo bản Nà Bỏ");
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		String page = mvc.perform(get("/investment/rankings").param("year", "2026").param("month", "3")
			.param("lang", "en")
			.with(user("leader").roles("LEADER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Disbursement rankings through 3/2026", "Investors");
	}

	@Test
	void keepsReportersOut() throws Exception {
		mvc.perform(get("/investment/rankings").with(user("so-y-te").roles("REPORTER"))).andExpect(status().isForbidden());
	}

	private void project(String name, String investor, String plan, String march) {
		long id = projects.create(new NewProject("lai-chau", null, name, "NSNN", "Hạ tầng", investor, investor, null,
				null, null), "monitor").id();
		plans.assign(id, 2026, new BigDecimal(plan), "QĐ giao vốn", LocalDate.of(2026, 1, 5), "monitor");
		disbursements.record(id, 2026, 3, new BigDecimal(march), null, "báo cáo tháng 3", "monitor");
	}
}
