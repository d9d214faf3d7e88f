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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.plantrack.registry.Role;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.CycleExceptions;
import vn.plantrack.tracking.Frequency;
import vn.plantrack.tracking.ReportingCycles;

/**
 * "Việc của tôi": a REPORTER of Đảng ủy Sở Xây dựng sees what its agency owes in the reporting cycles of seed
 * 000 (14-CTr/TU) and sends its periodic report. Seed 000: task 2.4 (line 416) and indicator 6 "Tỷ lệ đô thị
 * hóa đến năm 2030 đạt 25,8%" (line 505) are led by Đảng ủy Sở Xây dựng; task 7.3 (line 457) and indicator 19
 * (line 520) by Đảng ủy Sở Nông nghiệp và Môi trường.
 */
class MyWorkPagesTests extends PagesTestSupport {

	static final String REPORTER = "xaydung.baocao";

	@Autowired
	ReportingCycles cycles;

	@Autowired
	CycleExceptions exceptions;

	long plan;

	long cycle2026;

	long cycle2027;

	long ownTask;

	long otherTask;

	long ownIndicator;

	@BeforeEach
	void aConfirmedPlanWithTwoYearlyCyclesAndAReporter() {
		plan = confirmedSeed000();
		Actor monitor = new Actor("m", Role.MONITOR, null);
		if (cycles.list(plan).isEmpty()) {
			cycles.open(plan, Frequency.YEARLY, 2026, 0, LocalDate.of(2026, 12, 15), monitor);
			cycles.open(plan, Frequency.YEARLY, 2027, 0, LocalDate.of(2027, 12, 15), monitor);
		}
		cycle2026 = cycles.list(plan).stream().filter(c -> c.year() == 2026).findFirst().orElseThrow().id();
		cycle2027 = cycles.list(plan).stream().filter(c -> c.year() == 2027).findFirst().orElseThrow().id();
		ownTask = taskOnLine(416);
		otherTask = taskOnLine(457);
		ownIndicator = jdbc.sql("SELECT id FROM indicator WHERE document_id = ? AND source_line = 505").param(plan)
			.query(Long.class).single();
		long agency = jdbc.sql("SELECT agency_id FROM task_agency WHERE task_id = ? AND role = 'LEAD'").param(ownTask)
			.query(Long.class).single();
		if (users.account(REPORTER).isEmpty()) {
			users.create(REPORTER, "mat-khau-du-dai-1", Role.REPORTER, agency, "test");
		}
		// on 1/7/2027 (the pages' clock) the 2026 cycle, due before 15/12/2026, is locked: the MONITOR extended it
		exceptions.grant(cycle2026, new CycleExceptions.Grant(agency, LocalDate.of(2027, 7, 15),
				"Đảng ủy Sở Xây dựng đề nghị gia hạn"), monitor);
	}

	@Test
	void isOnlyForReporters() throws Exception {
		mvc.perform(get("/my-work")).andExpect(redirectedUrl("/login"));
		for (String role : new String[] { "MONITOR", "LEADER", "ADMIN" }) {
			mvc.perform(get("/my-work").with(user("x").roles(role))).andExpect(status().isForbidden());
			mvc.perform(post("/my-work").param("cycle", Long.toString(cycle2027)).with(user("x").roles(role)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		// without the CSRF token even the reporter's own post is refused
		mvc.perform(post("/my-work").param("cycle", Long.toString(cycle2027)).with(reporter())).andExpect(status().isForbidden());
		// a REPORTER account bound to no agency has no work to show
		mvc.perform(get("/my-work").with(user("no-agency").roles("REPORTER"))).andExpect(status().isForbidden());
	}

	@Test
	void showsTheCurrentCycleWithTheAgencysOwnTasksAndIndicatorsOnly() throws Exception {
		String page = page(mvc.perform(get("/my-work").with(reporter())).andExpect(status().isOk()));
		assertThat(page).contains("Việc của tôi", "Đảng ủy Sở Xây dựng",
				// both yearly cycles are listed; 2026 is past its due day with nothing sent
				"Năm 2026", "15/12/2026", "Chưa nộp, đã quá hạn", "Chưa lập", "Năm 2027", "15/12/2027", "Chưa đến hạn",
				// the current cycle is the 2027 one (due after today, 01/07/2027)
				"Báo cáo Năm 2027, hạn nộp trước ngày 15/12/2027",
				"Phát triển kết cấu hạ tầng kỹ thuật đô thị", "href=\"/tasks/" + ownTask + "\"",
				"Tỷ lệ đô thị hóa đến năm 2030 đạt 25,8%", "Lưu nháp", "Gửi báo cáo",
				// the reporter's menu leads here
				"href=\"/my-work\"");
		// another agency's task 7.3 and indicator 19 are not offered
		assertThat(page).doesNotContain("Hoàn thiện cơ chế quản lý rừng", "href=\"/tasks/" + otherTask + "\"",
				"Tỷ lệ chất thải rắn sinh hoạt");
	}

	@Test
	void answersAnHtmxRequestWithTheWorkFragmentOnly() throws Exception {
		String fragment = page(mvc.perform(get("/my-work").param("cycle", Long.toString(cycle2026))
			.header("HX-Request", "true").with(reporter())).andExpect(status().isOk()));
		assertThat(fragment).startsWith("<div id=\"work\"").contains("Báo cáo Năm 2026, hạn nộp trước ngày 15/12/2026")
			.doesNotContain("<html", "<header", "<nav");
	}

	@Test
	void refusesAnotherAgencysItemsEvenWhenTheFormIsForged() throws Exception {
		mvc.perform(get("/my-work").param("cycle", "999999").with(reporter())).andExpect(status().isForbidden());
		mvc.perform(report(cycle2027, "draft").param("tasks[0].taskId", Long.toString(otherTask))
			.param("tasks[0].percent", "50").param("tasks[0].narrative", "Không phải việc của mình"))
			.andExpect(status().isForbidden());
		// nor may it use the task page's write actions on that task
		mvc.perform(post("/tasks/" + otherTask + "/progress").param("percent", "50").param("narrative", "x")
			.param("version", "0").with(reporter()).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/tasks/" + otherTask + "/status").param("status", "IN_PROGRESS").param("version", "0")
			.with(reporter()).with(csrf())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM progress_update WHERE task_id = ?").param(otherTask).query(Long.class).single())
			.isZero();
	}

	@Test
	void showsEachUnreadableValueNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
		long before = submissions();
		String page = page(mvc.perform(report(cycle2027, "draft")
			.param("tasks[0].taskId", Long.toString(ownTask)).param("tasks[0].percent", "bốn mươi")
			.param("tasks[0].narrative", "")
			.param("indicators[0].indicatorId", Long.toString(ownIndicator)).param("indicators[0].kind", "ACTUAL")
			.param("indicators[0].value", "25,8,1")).andExpect(status().isOk()));
		int task = indexOfTask(page, ownTask);
		int indicator = indexOfIndicator(page, ownIndicator);
		assertThat(page).contains("Chưa lưu được: hãy sửa các ô được đánh dấu.");
		assertAdjacentError(page, "tasks" + task + ".percent", "Tỷ lệ hoàn thành «bốn mươi» không hợp lệ");
		assertAdjacentError(page, "tasks" + task + ".narrative", "Hãy ghi kết quả thực hiện của nhiệm vụ này.");
		assertAdjacentError(page, "indicators" + indicator + ".value", "Không đọc được số «25,8,1»");
		assertThat(page).contains("value=\"bốn mươi\"", "value=\"25,8,1\"");
		// indicator 6 is a rate in per cent: 1.500 % cannot be meant
		page = page(mvc.perform(report(cycle2027, "draft")
			.param("indicators[0].indicatorId", Long.toString(ownIndicator)).param("indicators[0].value", "1.500"))
			.andExpect(status().isOk()));
		assertAdjacentError(page, "indicators" + indicator + ".value", "Giá trị «1.500» nằm ngoài khoảng hợp lý");
		assertThat(submissions()).isEqualTo(before);
	}

	@Test
	void savesADraftThenSubmitsItAndLocksTheReport() throws Exception {
		mvc.perform(report(cycle2026, "draft").param("tasks[0].taskId", Long.toString(ownTask))
			.param("tasks[0].percent", "40").param("tasks[0].narrative", "Đã phê duyệt đề án hạ tầng đô thị")
			.param("indicators[0].indicatorId", Long.toString(ownIndicator)).param("indicators[0].kind", "ESTIMATE")
			.param("indicators[0].value", "24,75"))
			.andExpect(redirectedUrl("/my-work?cycle=" + cycle2026));
		assertThat(jdbc.sql("SELECT status FROM submission WHERE cycle_id = ?").param(cycle2026).query(String.class).single())
			.isEqualTo("DRAFT");
		// 24,75 is twenty-four and three quarters
		assertThat(jdbc.sql("""
				SELECT si.obs_value FROM submission_indicator si JOIN submission s ON s.id = si.submission_id
				WHERE s.cycle_id = ? AND si.indicator_id = ?""").params(cycle2026, ownIndicator).query(BigDecimal.class).single())
			.isEqualByComparingTo("24.75");
		String draft = page(mvc.perform(get("/my-work").param("cycle", Long.toString(cycle2026)).with(reporter())));
		assertThat(draft).contains("Bản nháp", "value=\"24,75\"", "Đã phê duyệt đề án hạ tầng đô thị", "value=\"40\"");
		String version = jdbc.sql("SELECT version FROM submission WHERE cycle_id = ?").param(cycle2026).query(Integer.class)
			.single().toString();
		// sending needs the report's narrative; the error stands next to it and nothing changes
		String refused = page(mvc.perform(report(cycle2026, "submit").param("version", version)
			.param("tasks[0].taskId", Long.toString(ownTask)).param("tasks[0].percent", "45")
			.param("tasks[0].narrative", "Đã khởi công")).andExpect(status().isOk()));
		assertAdjacentError(refused, "narrative", "Hãy ghi nội dung báo cáo trước khi gửi.");
		assertThat(jdbc.sql("SELECT status FROM submission WHERE cycle_id = ?").param(cycle2026).query(String.class).single())
			.isEqualTo("DRAFT");
		mvc.perform(report(cycle2026, "submit").param("version", version).param("narrative", "Báo cáo năm 2026")
			.param("tasks[0].taskId", Long.toString(ownTask)).param("tasks[0].percent", "45")
			.param("tasks[0].narrative", "Đã khởi công"))
			.andExpect(redirectedUrl("/my-work?cycle=" + cycle2026));
		assertThat(jdbc.sql("SELECT status FROM submission WHERE cycle_id = ?").param(cycle2026).query(String.class).single())
			.isEqualTo("SUBMITTED");
		String locked = page(mvc.perform(get("/my-work").param("cycle", Long.toString(cycle2026)).with(reporter())));
		assertThat(locked).doesNotContain("id=\"submit-report\"");
		assertThat(locked).contains("Đã gửi (khóa)", "Báo cáo đã gửi và đang chờ xem xét", "<fieldset disabled=\"disabled\">",
				// sent on 01/07/2027, after the due day 15/12/2026
				"Nộp muộn");
		// a sent report cannot be overwritten: tracking refuses, the page says why, nothing changes
		String conflict = page(mvc.perform(report(cycle2026, "draft").param("narrative", "Sửa lại"))
			.andExpect(status().isOk()));
		assertThat(conflict).contains("Không lưu được: Báo cáo", "đã được gửi");
		assertThat(jdbc.sql("SELECT narrative FROM submission WHERE cycle_id = ?").param(cycle2026).query(String.class).single())
			.isEqualTo("Báo cáo năm 2026");
	}

	private MockHttpServletRequestBuilder report(long cycle, String action) {
		return post("/my-work").param("cycle", Long.toString(cycle)).param("action", action).with(reporter()).with(csrf());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor reporter() {
		return user(REPORTER).roles("REPORTER");
	}

	private int indexOfTask(String page, long task) {
		return index(page, "tasks", "taskId", task);
	}

	private int indexOfIndicator(String page, long indicator) {
		return index(page, "indicators", "indicatorId", indicator);
	}

	private static int index(String page, String list, String idField, long id) {
		var m = java.util.regex.Pattern.compile("name=\"" + list + "\\[(\\d+)\\]\\." + idField + "\" value=\"" + id + "\"")
			.matcher(page);
		assertThat(m.find()).as(list + " " + id + " on the page").isTrue();
		return Integer.parseInt(m.group(1));
	}

	private long submissions() {
		return jdbc.sql("SELECT COUNT(*) FROM submission").query(Long.class).single();
	}

	private long taskOnLine(int line) {
		return taskOnLine(plan, line);
	}
}
