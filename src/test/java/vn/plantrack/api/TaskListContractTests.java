package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.plantrack.support.TestDatabases;

/**
 * GET /api/tasks answers held JSON bytes, yet its OpenAPI description is still a list of task lines with the
 * same parameters, so API clients generated from /v3/api-docs see no change.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
@AutoConfigureMockMvc
class TaskListContractTests {

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Test
	void theTaskListIsDescribedAsAnArrayOfTaskSummariesWithItsFilterAndPagingParameters() throws Exception {
		String body = mvc.perform(get("/v3/api-docs").with(user("monitor").roles("MONITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode doc = JsonMapper.builder().build().readTree(body);
		JsonNode list = doc.path("paths").path("/api/tasks").path("get");

		JsonNode ok = list.path("responses").path("200").path("content").path("*/*").path("schema");
		assertThat(ok.path("type").asString()).isEqualTo("array");
		assertThat(ok.path("items").path("$ref").asString()).isEqualTo("#/components/schemas/TaskSummary");
		List<String> parameters = new ArrayList<>();
		list.path("parameters").forEach(p -> parameters.add(p.path("name").asString() + ":" + p.path("required").asBoolean()));
		assertThat(parameters).containsExactly("documentId:true", "agency:false", "page:false", "size:false");
		List<String> fields = new ArrayList<>();
		doc.path("components").path("schemas").path("TaskSummary").path("properties").propertyNames().forEach(fields::add);
		assertThat(fields).containsExactly("id", "documentId", "code", "title", "status", "statusLabel", "statusClass",
				"statusClassLabel", "progress", "due", "version");
	}
}
