package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The overview is held as a whole page per viewer (role and agency), language and change of the data
 * ({@link HeldPages}); only the user's name and the CSRF token are put in per request. Seed 000: task 7.3 (line
 * 457, "Hoàn thiện cơ chế quản lý rừng") is led by Đảng ủy Sở Nông nghiệp và Môi trường, tasks 2.3-2.4 (lines
 * 415-416) by Đảng ủy Sở Xây dựng.
 */
class OverviewHeldPageTests extends PagesTestSupport {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Test
	void aReporterAndAMonitorAreNeverShownEachOthersHeldPage() throws Exception {
		long plan = confirmedSeed000();
		reporterOf("xaydung.held", leadOf(taskOnLine(plan, 415)));

		String monitor = page(mvc.perform(get("/overview").with(user("giamsat.mot").roles("MONITOR"))));
		String reporter = page(mvc.perform(get("/overview").with(user("xaydung.held").roles("REPORTER"))));
		String monitorAgain = page(mvc.perform(get("/overview").with(user("giamsat.hai").roles("MONITOR"))));

		// line 457: led by Sở Nông nghiệp và Môi trường, not by the reporter's Sở Xây dựng
		assertThat(monitor).contains("Hoàn thiện cơ chế quản lý rừng", "href=\"/documents/upload\"")
			.doesNotContain("Bạn đang xem công việc của cơ quan mình");
		assertThat(reporter).contains("Bạn đang xem công việc của cơ quan mình: Đảng ủy Sở Xây dựng", "href=\"/my-work\"")
			.doesNotContain("Hoàn thiện cơ chế quản lý rừng").doesNotContain("href=\"/documents/upload\"");
		assertThat(monitorAgain).contains("Hoàn thiện cơ chế quản lý rừng")
			.doesNotContain("Bạn đang xem công việc của cơ quan mình");
	}

	@Test
	void eachRequestGetsItsOwnUserNameAndCsrfTokenInTheHeldPage() throws Exception {
		confirmedSeed000();
		MockHttpServletResponse first = mvc.perform(get("/overview").with(user("lanhdao.mot").roles("LEADER")))
			.andExpect(status().isOk()).andReturn().getResponse();
		MockHttpServletResponse second = mvc.perform(get("/overview").with(user("lanh<dao>&hai").roles("LEADER")))
			.andExpect(status().isOk()).andReturn().getResponse();
		String one = first.getContentAsString(StandardCharsets.UTF_8);
		String two = second.getContentAsString(StandardCharsets.UTF_8);

		assertThat(one).contains("<span>lanhdao.mot</span>").doesNotContain("hai").doesNotContain("ptHeld");
		assertThat(two).contains("<span>lanh&lt;dao&gt;&amp;hai</span>").doesNotContain("lanhdao.mot")
			.doesNotContain("ptHeld");
		assertThat(csrf(one)).isNotEqualTo(csrf(two));

		// the token put into the held page is the session's: signing out with it is accepted
		// (the session is Spring Session's, named by its cookie)
		mvc.perform(post("/logout").cookie(first.getCookie("SESSION")).with(user("lanhdao.mot").roles("LEADER"))
			.param("_csrf", csrf(one))).andExpect(redirectedUrl("/login?logout"));
		mvc.perform(post("/logout").cookie(second.getCookie("SESSION")).with(user("lanh<dao>&hai").roles("LEADER"))
			.param("_csrf", csrf(one))).andExpect(status().isForbidden());
	}

	@Test
	void theHeldPageFollowsTheLanguage() throws Exception {
		confirmedSeed000();
		String english = raw(get("/overview").param("lang", "en").with(user("l").roles("LEADER")));
		String vietnamese = raw(get("/overview").param("lang", "vi").with(user("l").roles("LEADER")));

		assertThat(english).contains("<html lang=\"en\"");
		assertThat(vietnamese).contains("<html lang=\"vi\"");
	}

	private String raw(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("the sign-out form carries a CSRF token").isTrue();
		return matcher.group(1);
	}
}
