package vn.plantrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.plantrack.support.TestDatabases;

/** Every signed-in page links to the password change page, in the user's language; the login page does not. */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
@AutoConfigureMockMvc
class PasswordPageLinkTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	MockMvc mvc;

	@Test
	void aSignedInReporterFindsTheLinkOnEveryPageInVietnameseAndInEnglish() throws Exception {
		for (String page : new String[] { "/documents", "/agencies", "/account/password" }) {
			assertThat(html(page, "vi", "REPORTER")).as(page)
				.contains("<a href=\"/account/password\">Đổi mật khẩu</a>");
		}
		assertThat(html("/documents", "en", "LEADER")).contains("<a href=\"/account/password\">Change password</a>");
	}

	@Test
	void theLoginPageHasNoLinkForAnonymousVisitors() throws Exception {
		String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(login).doesNotContain("/account/password");
	}

	private String html(String page, String language, String role) throws Exception {
		var response = mvc.perform(get(page).param("lang", language).with(user("link-user").roles(role)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(page).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
