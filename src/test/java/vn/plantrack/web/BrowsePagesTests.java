package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The reading pages (LoginController, OverviewController, PlanController, AgencyController, FindingsController,
 * SearchController, DocumentController): who may open them, the htmx fragment of the plan tree, the upload
 * error at its field, and what a REPORTER is shown. Seed 000: task 7.3 (line 457, "Hoàn thiện cơ chế quản lý
 * rừng", due 2026, overdue on 01/07/2027) is led by Đảng ủy Sở Nông nghiệp và Môi trường; tasks 2.3-2.4 (lines
 * 415-416) by Đảng ủy Sở Xây dựng.
 */
class BrowsePagesTests extends PagesTestSupport {

	static final String[] READ_PAGES = { "/overview", "/agencies", "/findings", "/documents", "/search?q=x" };

	@Test
	void sendsVisitorsToLoginAndLetsEveryRoleRead() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk());
		long plan = confirmedSeed000();
		long agency = leadOf(taskOnLine(plan, 415));
		for (String path : READ_PAGES) {
			mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
			for (String role : new String[] { "LEADER", "MONITOR", "ADMIN" }) {
				mvc.perform(get(path).with(user("x").roles(role))).andExpect(status().isOk());
			}
		}
		mvc.perform(get("/plans/" + plan)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/plans/" + plan).with(user("l").roles("LEADER"))).andExpect(status().isOk());
		mvc.perform(get("/agencies/" + agency).with(user("l").roles("LEADER"))).andExpect(status().isOk());
		mvc.perform(get("/plans/999999").with(user("l").roles("LEADER"))).andExpect(status().isNotFound());
		// the "My work" link is a reporter's only
		assertThat(page(mvc.perform(get("/overview").with(user("l").roles("LEADER"))))).doesNotContain("href=\"/my-work\"");
	}

	@Test
	void answersAnHtmxFilterOfThePlanTreeWithTheTreeOnly() throws Exception {
		long plan = confirmedSeed000();
		String tree = page(mvc.perform(get("/plans/" + plan).param("status", "QUA_HAN").header("HX-Request", "true")
			.with(user("l").roles("LEADER"))).andExpect(status().isOk()));
		assertFragment(tree);
		// 7.3 is due 31/12/2026, so overdue on 01/07/2027; 2.3 runs until 2030
		assertThat(tree).contains("id=\"tree\"", "#L457").doesNotContain("#L415\"");
	}

	@Test
	void showsAReporterItsOwnAgencysWorkInTheOverviewAndSearch() throws Exception {
		long plan = confirmedSeed000();
		reporterOf("xaydung.overview", leadOf(taskOnLine(plan, 415)));
		var reporter = user("xaydung.overview").roles("REPORTER");
		String leader = page(mvc.perform(get("/overview").with(user("l").roles("LEADER"))));
		assertThat(leader).contains("Hoàn thiện cơ chế quản lý rừng").doesNotContain("Bạn đang xem công việc của cơ quan mình");
		String own = page(mvc.perform(get("/overview").with(reporter)).andExpect(status().isOk()));
		assertThat(own).contains("Bạn đang xem công việc của cơ quan mình: Đảng ủy Sở Xây dựng", "href=\"/my-work\"")
			.doesNotContain("Hoàn thiện cơ chế quản lý rừng");
		long task73 = taskOnLine(plan, 457);
		mvc.perform(get("/search").param("q", "quan ly rung").with(user("l").roles("LEADER")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("href=\"/tasks/" + task73 + "\"")));
		String found = page(mvc.perform(get("/search").param("q", "quan ly rung").with(reporter)).andExpect(status().isOk()));
		assertThat(found).contains("Kết quả nhiệm vụ chỉ gồm các nhiệm vụ cơ quan bạn chủ trì hoặc phối hợp.")
			.doesNotContain("href=\"/tasks/" + task73 + "\"");
	}

	@Test
	void showsAnEmptyUploadNextToTheFileField() throws Exception {
		MockMultipartFile empty = new MockMultipartFile("file", "rong.txt", "text/plain", new byte[0]);
		mvc.perform(multipart("/documents/upload").file(empty).with(user("l").roles("LEADER")).with(csrf()))
			.andExpect(status().isForbidden());
		String page = page(mvc.perform(multipart("/documents/upload").file(empty).with(user("m").roles("MONITOR"))
			.with(csrf())).andExpect(status().isOk()));
		assertAdjacentError(page, "file", "Chưa chọn tệp hoặc tệp rỗng.");
	}
}
