package vn.plantrack.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** The OpenAPI description lists the report, workbook and token endpoints, for signed-in users only. */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
@AutoConfigureMockMvc
class TokenApiDocsTests {

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Test
	void describesTheReportAndTokenEndpointsToASignedInUser() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user("monitor").roles("MONITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/documents/{id}/report")))
			.andExpect(content().string(containsString("/api/submissions/workbook")))
			.andExpect(content().string(containsString("/api/tokens")));
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}
}
