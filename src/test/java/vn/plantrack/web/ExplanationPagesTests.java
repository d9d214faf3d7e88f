package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.plantrack.registry.Role;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.Explanations;

/**
 * Explanation requests on the task page. Seed 000 (14-CTr/TU): task 7.5 "Xây dựng cơ chế hỗ trợ sinh kế chăn nuôi
 * và thú y ..." (line 459) is led by Đảng ủy Sở Nông nghiệp và Môi trường; task 2.4 (line 416) by Đảng ủy Sở Xây
 * dựng. Today is 01/07/2027.
 */
class ExplanationPagesTests extends PagesTestSupport {

	static final String REPORTER = "nongnghiep.giaitrinh";

	static final String OTHER_REPORTER = "xaydung.giaitrinh";

	@Autowired
	Explanations explanations;

	long plan;

	long task;

	@BeforeEach
	void reportersOfTheLeadAgencyAndOfAnother() {
		plan = confirmedSeed000();
		task = taskOnLine(plan, 459);
		reporterOf(REPORTER, leadOf(task));
		reporterOf(OTHER_REPORTER, leadOf(taskOnLine(plan, 416)));
	}

	@Test
	void aMonitorAsksWithADeadlineAndTheLeadAgencyAnswersOnTheTaskPage() throws Exception {
		// the task page loads the requests with htmx, with a plain link for a browser without script
		assertThat(page(mvc.perform(get("/tasks/" + task).with(monitor())).andExpect(status().isOk())))
			.contains("hx-get=\"/tasks/" + task + "/explanations\"", "href=\"/tasks/" + task + "/explanations\"");
		mvc.perform(post("/tasks/" + task + "/explanations").param("question", "Vì sao chưa trình cơ chế hỗ trợ sinh kế?")
			.param("dueBefore", "15/07/2027").with(monitor()).with(csrf()))
			.andExpect(redirectedUrl("/tasks/" + task + "#explanations"));
		long id = jdbc.sql("SELECT MAX(id) FROM explanation_request WHERE task_id = ?").param(task).query(Long.class).single();

		String fragment = page(mvc.perform(get("/tasks/" + task + "/explanations").header("HX-Request", "true")
			.with(reporter())).andExpect(status().isOk()));
		assertFragment(fragment);
		assertThat(fragment).contains("Vì sao chưa trình cơ chế hỗ trợ sinh kế?", "Chờ trả lời",
				"hạn trả lời trước ngày 15/07/2027", "Đảng ủy Sở Nông nghiệp và Môi trường",
				"action=\"/explanations/" + id + "/answer\"");

		mvc.perform(post("/explanations/" + id + "/answer").param("task", Long.toString(task))
			.param("answer", "Đang chờ ý kiến thẩm định của Sở Tài chính.").with(reporter()).with(csrf()))
			.andExpect(redirectedUrl("/tasks/" + task + "#explanations"));
		assertThat(page(mvc.perform(get("/tasks/" + task + "/explanations").with(user("l").roles("LEADER")))
			.andExpect(status().isOk()))).contains("Đã trả lời", "Đang chờ ý kiến thẩm định của Sở Tài chính.",
					REPORTER + " trả lời ngày 01/07/2027")
			.doesNotContain("action=\"/explanations/" + id + "/answer\"", "action=\"/tasks/" + task + "/explanations\"");
	}

	@Test
	void aMissingQuestionOrADeadlineNotAfterTodayIsShownNextToItsFieldAndNothingIsAsked() throws Exception {
		long before = requests();
		String page = page(mvc.perform(post("/tasks/" + task + "/explanations").param("question", " ")
			.param("dueBefore", "01/07/2027").with(monitor()).with(csrf())).andExpect(status().isOk()));
		assertAdjacentError(page, "question", "Hãy ghi nội dung cần giải trình.");
		assertAdjacentError(page, "dueBefore", "Hạn trả lời «01/07/2027» phải sau hôm nay.");
		page = page(mvc.perform(post("/tasks/" + task + "/explanations").param("question", "Vì sao chậm?")
			.param("dueBefore", "31/02/2027").with(monitor()).with(csrf())).andExpect(status().isOk()));
		assertAdjacentError(page, "dueBefore", "Ngày «31/02/2027» không hợp lệ");
		assertThat(page).contains("Vì sao chậm?");
		assertThat(requests()).isEqualTo(before);
	}

	@Test
	void aBlankAnswerIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
		long id = asked("Tiến độ xây dựng cơ chế đến đâu?");
		String page = page(mvc.perform(post("/explanations/" + id + "/answer").param("task", Long.toString(task))
			.param("answer", "").with(reporter()).with(csrf())).andExpect(status().isOk()));
		assertAdjacentError(page, "answer-" + id, "Hãy ghi nội dung giải trình.");
		assertThat(answer(id)).isNull();
	}

	@Test
	void onlyAMonitorAsksAndOnlyTheAgencyAskedAnswers() throws Exception {
		long before = requests();
		for (RequestPostProcessor who : new RequestPostProcessor[] { user("l").roles("LEADER"), user("a").roles("ADMIN"),
				reporter() }) {
			mvc.perform(post("/tasks/" + task + "/explanations").param("question", "Vì sao?").param("dueBefore", "15/07/2027")
				.with(who).with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(requests()).isEqualTo(before);

		long id = asked("Vì sao chưa có kết quả?");
		for (RequestPostProcessor who : new RequestPostProcessor[] { user(OTHER_REPORTER).roles("REPORTER"), monitor(),
				user("l").roles("LEADER") }) {
			mvc.perform(post("/explanations/" + id + "/answer").param("task", Long.toString(task)).param("answer", "Không phải tôi")
				.with(who).with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(answer(id)).isNull();
		// another agency's reporter does not read the requests about this task either
		mvc.perform(get("/tasks/" + task + "/explanations").with(user(OTHER_REPORTER).roles("REPORTER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/tasks/" + task + "/explanations")).andExpect(redirectedUrl("/login"));
	}

	long asked(String question) {
		return explanations.ask(task, question, LocalDate.of(2027, 7, 20), new Actor("m", Role.MONITOR, null)).id();
	}

	long requests() {
		return jdbc.sql("SELECT COUNT(*) FROM explanation_request WHERE task_id = ?").param(task).query(Long.class).single();
	}

	String answer(long id) {
		return jdbc.sql("SELECT answer FROM explanation_request WHERE id = ?").param(id).query((rs, n) -> rs.getString(1)).list().get(0);
	}

	static RequestPostProcessor monitor() {
		return user("m").roles("MONITOR");
	}

	static RequestPostProcessor reporter() {
		return user(REPORTER).roles("REPORTER");
	}
}
