package vn.plantrack.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.plantrack.support.TestDatabases;
import vn.plantrack.support.TestUsers;

/** Login, the documents page and upload, as a browser sees them (Vietnamese first). */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=true")
@AutoConfigureMockMvc
class DocumentPagesTests {

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/documents")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đăng nhập")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void logsInWithTheAdminPassword() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", TestUsers.ADMIN_PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));
		mvc.perform(post("/login").param("username", "admin").param("password", "wrong").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void listsTheSampleDocumentsInVietnamese() throws Exception {
		mvc.perform(get("/documents").with(user("leader").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số, ký hiệu")))
			.andExpect(content().string(containsString("004_37c5d7600e8f8767.txt")))
			// the title block of seed 000, lines 3-8
			.andExpect(content().string(containsString("CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH")))
			// 2.095 lines in seed 001 (2.094 newlines, no final one), thousands with a dot
			.andExpect(content().string(containsString("2.095")))
			.andExpect(content().string(not(containsString("Tải lên</a>"))));
	}

	@Test
	void switchesToEnglish() throws Exception {
		mvc.perform(get("/documents").param("lang", "en").with(user("leader").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Documents")))
			.andExpect(content().string(containsString("Number")));
	}

	@Test
	void letsOnlyMonitorsUpload() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "kh.txt", "text/plain",
				"KẾ HOẠCH\n".getBytes(StandardCharsets.UTF_8));
		mvc.perform(get("/documents/upload").with(user("leader").roles("LEADER"))).andExpect(status().isForbidden());
		mvc.perform(multipart("/documents/upload").file(file).with(user("r").roles("REPORTER")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/documents/upload").file(file).with(user("m").roles("MONITOR")))
			.andExpect(status().isForbidden());
		// an upload goes straight to the review of what was extracted
		mvc.perform(multipart("/documents/upload").file(file).with(user("m").roles("MONITOR")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/documents/\\d+/review")));
	}

	@Test
	void showsAnUnreadableUploadNextToTheForm() throws Exception {
		MockMultipartFile empty = new MockMultipartFile("file", "rong.txt", "text/plain", new byte[0]);
		mvc.perform(multipart("/documents/upload").file(empty).with(user("m").roles("MONITOR")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa chọn tệp hoặc tệp rỗng.")));
	}

	@Test
	void showsADocumentWithNumberedLinesAndA404ForAMissingOne() throws Exception {
		mvc.perform(get("/documents/1").with(user("leader").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"L3\"")));
		mvc.perform(get("/documents/999999").with(user("leader").roles("LEADER"))).andExpect(status().isNotFound());
	}
}
