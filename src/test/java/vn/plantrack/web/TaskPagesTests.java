package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/**
 * The task page (TaskController): everyone signed in reads, but a REPORTER only its own agency's tasks; only
 * the lead agency's REPORTER or a MONITOR writes; each wrong value is shown next to its field. Seed 000: task
 * 7.4 (line 458, "Xây dựng bản đồ rủi ro ...") is led by Đảng ủy Sở Nông nghiệp và Môi trường, task 2.3 (line
 * 415) by Đảng ủy Sở Xây dựng.
 */
class TaskPagesTests extends PagesTestSupport {

	@Test
	void letsEveryoneSignedInReadButOnlyWritersWrite() throws Exception {
		long task = taskOnLine(confirmedSeed000(), 458);
		mvc.perform(get("/tasks/" + task)).andExpect(redirectedUrl("/login"));
		for (String role : new String[] { "LEADER", "MONITOR", "ADMIN" }) {
			mvc.perform(get("/tasks/" + task).with(user("x").roles(role))).andExpect(status().isOk());
		}
		// a LEADER or an ADMIN reads, but the write routes are not theirs
		for (String role : new String[] { "LEADER", "ADMIN" }) {
			mvc.perform(post("/tasks/" + task + "/progress").param("percent", "10").param("narrative", "x")
				.param("version", version(task)).with(user("x").roles(role)).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/tasks/" + task + "/status").param("status", "IN_PROGRESS").param("version", version(task))
				.with(user("x").roles(role)).with(csrf())).andExpect(status().isForbidden());
		}
	}

	@Test
	void refusesAnotherAgencysReporterOnTheTaskAndItsWriteActions() throws Exception {
		long plan = confirmedSeed000();
		long task = taskOnLine(plan, 458);
		reporterOf("xaydung.task", leadOf(taskOnLine(plan, 415)));
		var reporter = user("xaydung.task").roles("REPORTER");
		mvc.perform(get("/tasks/" + task).with(reporter)).andExpect(status().isForbidden());
		// even with a form full of errors the answer is 403, never a page about the task
		mvc.perform(post("/tasks/" + task + "/progress").param("percent", "150").param("narrative", "")
			.param("version", version(task)).with(reporter).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/tasks/" + task + "/status").param("status", "IN_PROGRESS").param("version", version(task))
			.with(reporter).with(csrf())).andExpect(status().isForbidden());
		// its own task 2.3 it may open, with the progress form
		assertThat(page(mvc.perform(get("/tasks/" + taskOnLine(plan, 415)).with(reporter)).andExpect(status().isOk())))
			.contains("Lưu tiến độ");
	}

	@Test
	void showsEachWrongValueNextToItsField() throws Exception {
		long task = taskOnLine(confirmedSeed000(), 458);
		String progress = page(mvc.perform(post("/tasks/" + task + "/progress").param("percent", "150")
			.param("narrative", " ").param("version", version(task)).with(user("m").roles("MONITOR")).with(csrf()))
			.andExpect(status().isOk()));
		assertAdjacentError(progress, "percent", "Tỷ lệ hoàn thành phải từ 0 đến 100.");
		assertAdjacentError(progress, "narrative", "Hãy ghi kết quả thực hiện.");
		String status = page(mvc.perform(post("/tasks/" + task + "/status").param("status", "")
			.param("on", "31/02/2027").param("version", version(task)).with(user("m").roles("MONITOR")).with(csrf()))
			.andExpect(status().isOk()));
		assertAdjacentError(status, "status", "Hãy chọn trạng thái mới.");
		// 31/02 does not exist; what was typed stays in the field
		assertAdjacentError(status, "on", "Ngày «31/02/2027» không hợp lệ");
		assertThat(status).contains("value=\"31/02/2027\"");
		assertThat(jdbc.sql("SELECT status FROM task WHERE id = ?").param(task).query(String.class).single())
			.isEqualTo("NOT_STARTED");
	}
}
