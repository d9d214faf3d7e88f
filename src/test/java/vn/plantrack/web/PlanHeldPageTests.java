package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * The plan page (and its htmx tree) is held per plan, filter, viewer, authorities and language until the data
 * changes ({@link HeldPlanPages}). Seed 000 on 01/07/2027 (the pages' fixed clock): task 3.3 (line 428, "Xây dựng
 * hệ thống hạ tầng du lịch đồng bộ…", 2026-2030) is led by Đảng ủy Sở Văn hóa, Thể thao và Du lịch and not started
 * (no other test changes it); task 7.3 (line 457, "Hoàn thiện cơ chế quản lý rừng…", 2026) by Đảng ủy Sở Nông
 * nghiệp và Môi trường; task 2.3 (line 415) by Đảng ủy Sở Xây dựng.
 */
class PlanHeldPageTests extends PagesTestSupport {

	@Test
	void aTaskStartedShowsOnTheNextRequestOfAHeldPage() throws Exception {
		long plan = confirmedSeed000();
		long task = taskOnLine(plan, 428);
		MockHttpServletRequestBuilder underWay = get("/plans/" + plan).param("status", "DANG_THUC_HIEN_TRONG_HAN")
			.header("HX-Request", "true").with(user("lanhdao.xem").roles("LEADER"));
		String before = page(mvc.perform(underWay));
		assertThat(page(mvc.perform(underWay))).as("held, the same").isEqualTo(before);
		assertThat(before).doesNotContain("href=\"/tasks/" + task + "\"");

		// started on 01/07/2027, due 31/12/2030: under way, on time
		mvc.perform(post("/tasks/" + task + "/status").param("status", "IN_PROGRESS").param("on", "")
			.param("version", version(task)).with(user("giamsat.batdau").roles("MONITOR")).with(csrf()))
			.andExpect(redirectedUrl("/tasks/" + task));

		assertThat(page(mvc.perform(underWay))).contains("href=\"/tasks/" + task + "\"",
				"Xây dựng hệ thống hạ tầng du lịch đồng bộ, chuyên nghiệp, hiện đại");
	}

	@Test
	void aReporterIsNeverShownThePageHeldForAnotherAgencyOrForEveryone() throws Exception {
		long plan = confirmedSeed000();
		long forests = taskOnLine(plan, 457);
		long roads = taskOnLine(plan, 415);
		reporterOf("nnmt.kehoach", leadOf(forests));
		reporterOf("xaydung.kehoach", leadOf(roads));

		String leader = page(mvc.perform(get("/plans/" + plan).with(user("lanhdao.kh").roles("LEADER"))));
		String agriculture = page(mvc.perform(get("/plans/" + plan).with(user("nnmt.kehoach").roles("REPORTER"))));
		String construction = page(mvc.perform(get("/plans/" + plan).with(user("xaydung.kehoach").roles("REPORTER"))));
		String leaderAgain = page(mvc.perform(get("/plans/" + plan).with(user("lanhdao.kh2").roles("LEADER"))));

		assertThat(leader).contains("href=\"/tasks/" + forests + "\"", "href=\"/tasks/" + roads + "\"");
		assertThat(agriculture).contains("href=\"/tasks/" + forests + "\"").doesNotContain("href=\"/tasks/" + roads + "\"");
		assertThat(construction).contains("href=\"/tasks/" + roads + "\"").doesNotContain("href=\"/tasks/" + forests + "\"");
		assertThat(leaderAgain).contains("href=\"/tasks/" + forests + "\"", "href=\"/tasks/" + roads + "\"", "lanhdao.kh2")
			.doesNotContain("ptHeld");
	}

	@Test
	void theConfirmationMessageIsShownOnceAndNeverHeld() throws Exception {
		long plan = confirmedSeed000();
		String plain = page(mvc.perform(get("/plans/" + plan).with(user("giamsat.tb").roles("MONITOR"))));
		// confirming again is refused with a message on the plan page (a flash attribute kept in the session)
		MockHttpServletResponse confirmed = mvc.perform(reviewForm(plan, review.draft(plan).orElseThrow(), f -> f)
			.with(user("giamsat.tb").roles("MONITOR"))).andExpect(redirectedUrl("/plans/" + plan)).andReturn().getResponse();
		Cookie session = confirmed.getCookie("SESSION");
		String withMessage = page(mvc.perform(get("/plans/" + plan).cookie(session).with(user("giamsat.tb").roles("MONITOR"))));
		String after = page(mvc.perform(get("/plans/" + plan).cookie(session).with(user("giamsat.tb").roles("MONITOR"))));
		String another = page(mvc.perform(get("/plans/" + plan).with(user("giamsat.khac").roles("MONITOR"))));

		assertThat(plain).doesNotContain("Kế hoạch đã được xác nhận trước đó");
		assertThat(withMessage).contains("Kế hoạch đã được xác nhận trước đó; không ghi lại lần nữa.");
		assertThat(after).doesNotContain("Kế hoạch đã được xác nhận trước đó").contains("Nhiệm vụ theo nhóm");
		assertThat(another).doesNotContain("Kế hoạch đã được xác nhận trước đó").contains("Nhiệm vụ theo nhóm");
	}

	@Test
	void theTreeAloneTheWholePageAndEachFilterAreHeldApart() throws Exception {
		long plan = confirmedSeed000();
		long roads = taskOnLine(plan, 415);
		String whole = page(mvc.perform(get("/plans/" + plan).with(user("l").roles("LEADER"))));
		String tree = page(mvc.perform(get("/plans/" + plan).header("HX-Request", "true").with(user("l").roles("LEADER"))));
		// on 01/07/2027 the tasks due in 2026 are overdue (3.2, 7.3); 2.3 (2026-2030) is not
		String overdue = page(mvc.perform(get("/plans/" + plan).param("status", "QUA_HAN").with(user("l").roles("LEADER"))));
		String english = page(mvc.perform(get("/plans/" + plan).param("lang", "en").with(user("l").roles("LEADER"))));

		assertThat(whole).contains("<html", "href=\"/tasks/" + roads + "\"");
		assertThat(tree).contains("id=\"tree\"", "href=\"/tasks/" + roads + "\"").doesNotContain("<html");
		assertThat(overdue).contains("<html", "#L425").doesNotContain("href=\"/tasks/" + roads + "\"");
		assertThat(english).contains("<html lang=\"en\"");
		assertThat(whole).contains("<html lang=\"vi\"");
		mvc.perform(get("/plans/999999").with(user("l").roles("LEADER"))).andExpect(status().isNotFound());
	}
}
