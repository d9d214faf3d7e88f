package vn.plantrack.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.plantrack.support.TestDatabases;

/** Accounts are managed by an ADMIN with errors shown at the field; the audit log shows its chain check. */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
@AutoConfigureMockMvc
class AdminPagesTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	MockMvc mvc;

	@Test
	void keepsAccountsToAdministrators() throws Exception {
		mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/admin/users").with(user("m").roles("MONITOR"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users").param("username", "ke.toan").param("password", "long-enough-password")
			.param("role", "ADMIN").with(user("m").roles("MONITOR")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Thêm người dùng"), containsString("Quản trị hệ thống"))));
	}

	@Test
	void showsEachMistakeNextToItsField() throws Exception {
		mvc.perform(post("/admin/users").param("username", "Nguyễn Văn A").param("password", "ngan")
			.param("role", "REPORTER").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("Tên đăng nhập gồm 3–50 ký tự"),
					containsString("Mật khẩu phải có ít nhất 12 ký tự."),
					containsString("Tài khoản cơ quan báo cáo phải gắn với một cơ quan."),
					containsString("class=\"field-error\""),
					// the password typed is never sent back
					not(containsString("value=\"ngan\"")))));
	}

	@Test
	void tiesEachErrorToItsFieldForScreenReaders() throws Exception {
		String page = PagesTestSupport.page(mvc.perform(post("/admin/users").param("username", "Nguyễn Văn A")
			.param("password", "ngan").param("role", "REPORTER").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk()));
		PagesTestSupport.assertAdjacentError(page, "username", "Tên đăng nhập gồm 3–50 ký tự");
		PagesTestSupport.assertAdjacentError(page, "password", "Mật khẩu phải có ít nhất 12 ký tự.");
		PagesTestSupport.assertAdjacentError(page, "agencyId", "Tài khoản cơ quan báo cáo phải gắn với một cơ quan.");
	}

	@Test
	void createsAnAccountAndRecordsItInTheAuditLog() throws Exception {
		mvc.perform(post("/admin/users").param("username", "theodoi.sonla").param("password", "mat-khau-du-dai-1")
			.param("role", "MONITOR").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		mvc.perform(get("/admin/users").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(allOf(containsString("theodoi.sonla"), containsString("Cán bộ theo dõi"))));
		mvc.perform(post("/admin/users").param("username", "theodoi.sonla").param("password", "mat-khau-du-dai-1")
			.param("role", "MONITOR").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên đăng nhập theodoi.sonla đã được dùng.")));
		mvc.perform(get("/audit").with(user("m").roles("MONITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Chuỗi băm toàn vẹn"), containsString("tạo tài khoản"),
					containsString("theodoi.sonla"))));
		mvc.perform(get("/audit").with(user("r").roles("REPORTER"))).andExpect(status().isForbidden());
	}
}
