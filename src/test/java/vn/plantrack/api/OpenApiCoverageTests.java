package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.plantrack.support.TestDatabases;

/**
 * The OpenAPI document describes the whole JSON API: every /api handler the application maps appears with its
 * HTTP method, and the endpoints of the implementation cycle (cycles, submissions, timeliness, reminders,
 * the working-day calendar) say what they do.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
@AutoConfigureMockMvc
class OpenApiCoverageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	JsonNode paths;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@BeforeEach
	void fetchTheDocument() throws Exception {
		String body = mvc.perform(get("/v3/api-docs").with(user("monitor").roles("MONITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		paths = JsonMapper.builder().build().readTree(body).path("paths");
		assertThat(paths.isObject()).as("an OpenAPI document with paths: " + body.substring(0, Math.min(200, body.length())))
			.isTrue();
	}

	@Test
	void everyApiHandlerOfTheApplicationIsInTheDocumentWithItsMethod() {
		Set<String> handlers = apiHandlers();
		// the endpoints this issue added are among them, so the comparison below is not vacuous
		assertThat(handlers).contains("get /api/cycles/{id}/timeliness", "post /api/submissions/{id}/submit",
				"post /api/reminders/run", "get /api/non-working-days", "delete /api/non-working-days/{day}",
				"post /api/indicators/{id}/reassign");

		List<String> undocumented = new ArrayList<>();
		for (String handler : handlers) {
			String method = handler.substring(0, handler.indexOf(' '));
			String path = handler.substring(handler.indexOf(' ') + 1);
			if (paths.path(path).path(method).isMissingNode()) {
				undocumented.add(handler);
			}
		}
		assertThat(undocumented).as("handlers missing from /v3/api-docs").isEmpty();
	}

	@Test
	void theCycleSubmissionTimelinessReminderAndCalendarEndpointsSayWhatTheyDo() {
		List<String> silent = new ArrayList<>();
		int checked = 0;
		for (String handler : apiHandlers()) {
			String path = handler.substring(handler.indexOf(' ') + 1);
			boolean cycleWork = path.startsWith("/api/cycles") || path.startsWith("/api/submissions/")
					|| path.startsWith("/api/reminders") || path.startsWith("/api/non-working-days");
			if (!cycleWork) {
				continue;
			}
			checked++;
			JsonNode operation = paths.path(path).path(handler.substring(0, handler.indexOf(' ')));
			boolean described = !operation.path("summary").asString("").isBlank()
					|| !operation.path("description").asString("").isBlank();
			if (!described) {
				silent.add(handler);
			}
		}
		// 4 on /api/cycles (list, one, open, schedules), 3 on a cycle's submissions and timeliness, 3 on a cycle's
		// exceptions (list, grant, revoke), 5 on submissions (one, submit, return, accept, the workbook import),
		// 3 reminders, 3 calendar
		assertThat(checked).isEqualTo(21);
		assertThat(silent).as("operations without summary or description").isEmpty();
	}

	/** "method path" of every /api handler, with path variables as OpenAPI writes them ({id}, no regex). */
	private Set<String> apiHandlers() {
		Set<String> handlers = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
				if (methods.isEmpty()) {
					handlers.add("get " + path);
				}
				methods.forEach(method -> handlers.add(method.name().toLowerCase() + " " + path));
			}
		}
		return handlers;
	}
}
