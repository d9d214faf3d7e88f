package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import vn.plantrack.extract.Extraction;

/**
 * Import review (ReviewController): MONITOR and ADMIN only; an unreadable correction is shown next to its field;
 * once confirmed, the page shows what was confirmed (with the corrections), not a fresh extraction.
 */
class ReviewPagesTests extends PagesTestSupport {

	static final String SEED_004 = "004_37c5d7600e8f8767.txt";

	static final String SEED_002 = "002_17c3b43f6ad53c25.txt";

	@Test
	void keepsTheReviewToMonitorsAndAdministrators() throws Exception {
		long id = idOf(SEED_002);
		mvc.perform(get("/documents/" + id + "/review")).andExpect(redirectedUrl("/login"));
		for (String role : new String[] { "REPORTER", "LEADER" }) {
			mvc.perform(get("/documents/" + id + "/review").with(user("x").roles(role))).andExpect(status().isForbidden());
			mvc.perform(post("/documents/" + id + "/review").with(user("x").roles(role)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		for (String role : new String[] { "MONITOR", "ADMIN" }) {
			mvc.perform(get("/documents/" + id + "/review").with(user("x").roles(role))).andExpect(status().isOk());
		}
	}

	@Test
	void showsAnUnreadablePeriodNextToItsField() throws Exception {
		long id = idOf(SEED_002);
		Extraction draft = review.draft(id).orElseThrow();
		assertThat(draft.tasks()).isNotEmpty();
		String page = page(mvc.perform(reviewForm(id, draft, f -> {
			f.getTasks().get(0).setPeriod("khi nào xong thì thôi");
			return f;
		}).with(user("m").roles("MONITOR"))).andExpect(status().isOk()));
		assertAdjacentError(page, "tasks0.period", "Không hiểu thời hạn «khi nào xong thì thôi»");
		// the hint with the understood deadline stays described too
		assertThat(page).contains("aria-describedby=\"due0 tasks0.period-error\"", "value=\"khi nào xong thì thôi\"");
		assertThat(confirmed(id)).isFalse();
	}

	@Test
	void showsTheConfirmedCorrectionsFromTheRegistryAfterConfirmation() throws Exception {
		long id = idOf(SEED_004);
		if (!confirmed(id)) {
			Extraction draft = review.draft(id).orElseThrow();
			assertThat(draft.tasks()).isNotEmpty();
			assertThat(DraftCorrections.join(draft.tasks().get(0).lead())).isNotEqualTo("Văn phòng Đảng ủy (sửa)");
			mvc.perform(reviewForm(id, draft, f -> {
				f.getTasks().get(0).setLead("Văn phòng Đảng ủy (sửa)");
				return f;
			}).with(user("m").roles("MONITOR"))).andExpect(redirectedUrl("/plans/" + id));
		}
		String page = page(mvc.perform(get("/documents/" + id + "/review").with(user("m").roles("MONITOR")))
			.andExpect(status().isOk()));
		// the first task's lead field holds the corrected name from the registry, not the name in the text
		assertThat(page).containsPattern("id=\"tasks0\\.lead\" name=\"tasks\\[0\\]\\.lead\" value=\"Văn phòng Đảng ủy \\(sửa\\)\"");
		assertThat(page).contains("Các ô dưới đây ghi giá trị đã xác nhận vào hệ thống");
		// confirmed: no second confirm button
		assertThat(page).doesNotContain("id=\"confirm\"");
	}
}
