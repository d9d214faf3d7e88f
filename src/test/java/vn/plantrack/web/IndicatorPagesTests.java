package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/**
 * The indicator page (IndicatorController): everyone signed in reads it and its chart data; only a MONITOR
 * overrides a verdict, and the missing reason is shown next to its field. Seed 000 line 506: indicator 7,
 * tourists 9 million a year by 2030.
 */
class IndicatorPagesTests extends PagesTestSupport {

	@Test
	void letsEveryoneReadAndOnlyAMonitorOverride() throws Exception {
		long indicator = indicatorOnLine(confirmedSeed000(), 506);
		mvc.perform(get("/indicators/" + indicator)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/indicators/" + indicator + "/chart.json")).andExpect(redirectedUrl("/login"));
		for (String role : new String[] { "LEADER", "REPORTER", "MONITOR", "ADMIN" }) {
			mvc.perform(get("/indicators/" + indicator).with(user("x").roles(role))).andExpect(status().isOk());
			mvc.perform(get("/indicators/" + indicator + "/chart.json").with(user("x").roles(role)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.labels.target").value("Mục tiêu"));
		}
		for (String role : new String[] { "LEADER", "REPORTER", "ADMIN" }) {
			mvc.perform(post("/indicators/" + indicator + "/override").param("verdict", "MET").param("reason", "lý do")
				.with(user("x").roles(role)).with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(page(mvc.perform(get("/indicators/" + indicator).with(user("l").roles("LEADER")))))
			.contains("9 triệu lượt").doesNotContain("Lưu điều chỉnh");
	}

	@Test
	void showsAMissingReasonNextToItsField() throws Exception {
		long indicator = indicatorOnLine(confirmedSeed000(), 506);
		String page = page(mvc.perform(post("/indicators/" + indicator + "/override").param("verdict", "MET")
			.param("reason", "  ").with(user("m").roles("MONITOR")).with(csrf())).andExpect(status().isOk()));
		assertAdjacentError(page, "reason", "Phải nêu lý do điều chỉnh.");
	}
}
