package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.plantrack.extract.Extraction;
import vn.plantrack.registry.Documents;
import vn.plantrack.registry.PlanReview;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.support.TestDatabases;

/**
 * What the *PagesTests of the web module share: one application (samples imported, clock fixed on
 * 01/07/2027) so the Spring context is started once for all of them, and the checks a page test needs.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=true")
@AutoConfigureMockMvc
@Import(PagesTestSupport.FixedClock.class)
abstract class PagesTestSupport {

	/** 01/07/2027: the 2026-2030 programme of seed 000 is running and its 2026 deadlines have passed. */
	static final Instant NOW = Instant.parse("2027-07-01T03:00:00Z");

	static final String SEED_000 = "000_c86e37a0cf2b9f3d.txt";

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.ofHours(7));
		}
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Documents documents;

	@Autowired
	PlanReview review;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts users;

	@Autowired
	vn.plantrack.search.SearchIndex searchIndex;

	long idOf(String fileName) {
		return documents.list().stream().filter(d -> d.fileName().equals(fileName)).findFirst().orElseThrow().id();
	}

	boolean confirmed(long documentId) {
		return "CONFIRMED".equals(documents.findById(documentId).orElseThrow().status());
	}

	/** Seed 000 (14-CTr/TU) confirmed as extracted. */
	long confirmedSeed000() {
		long id = idOf(SEED_000);
		if (!confirmed(id)) {
			review.confirm(id, null, "m");
			// as the review page does after confirming: the new tasks become searchable
			searchIndex.rebuild();
		}
		return id;
	}

	long taskOnLine(long documentId, int line) {
		return jdbc.sql("SELECT id FROM task WHERE document_id = ? AND source_line = ?").params(documentId, line)
			.query(Long.class).single();
	}

	long indicatorOnLine(long documentId, int line) {
		return jdbc.sql("SELECT id FROM indicator WHERE document_id = ? AND source_line = ?").params(documentId, line)
			.query(Long.class).single();
	}

	long leadOf(long task) {
		return jdbc.sql("SELECT agency_id FROM task_agency WHERE task_id = ? AND role = 'LEAD' ORDER BY position")
			.param(task).query(Long.class).list().get(0);
	}

	/** A REPORTER account of the agency, created once. */
	void reporterOf(String username, long agencyId) {
		if (users.account(username).isEmpty()) {
			users.create(username, "mat-khau-du-dai-1", vn.plantrack.registry.Role.REPORTER, agencyId, "test");
		}
	}

	String version(long task) {
		return jdbc.sql("SELECT version FROM task WHERE id = ?").param(task).query(Integer.class).single().toString();
	}

	/** The response as a browser reads it (entities such as &acirc; decoded). */
	static String page(ResultActions result) throws Exception {
		return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * The field's element says it is invalid and points at its error (aria-describedby), and the error comes
	 * right after it: no other label or input stands between them.
	 */
	static void assertAdjacentError(String page, String field, String message) {
		String errorId = field + "-error";
		Matcher tag = Pattern.compile("<(input|textarea|select)\\b[^>]*\\bid=\"" + Pattern.quote(field) + "\"[^>]*>")
			.matcher(page);
		assertThat(tag.find()).as("input " + field).isTrue();
		assertThat(tag.group()).contains("aria-invalid=\"true\"");
		assertThat(tag.group()).containsPattern("aria-describedby=\"([^\"]* )?" + Pattern.quote(errorId) + "\"");
		int input = tag.start();
		int error = page.indexOf("id=\"" + errorId + "\"");
		assertThat(error).as("error of " + field).isGreaterThan(input);
		assertThat(page.substring(tag.end(), error)).doesNotContain("<label", "<input", "<select", "<textarea");
		assertThat(page.substring(error, page.indexOf("</p>", error))).contains(message);
	}

	/** An htmx request got a fragment, not the whole layout. */
	static void assertFragment(String body) {
		assertThat(body).doesNotContain("<html", "<header", "<nav", "<head>");
	}

	/** The review form as the page posts it: the draft's values, changed by {@code edit}. */
	static MockHttpServletRequestBuilder reviewForm(long id, Extraction draft, UnaryOperator<ReviewForm> edit) {
		ReviewForm form = edit.apply(DraftCorrections.formOf(draft));
		MockHttpServletRequestBuilder request = post("/documents/" + id + "/review").with(csrf())
			.param("taskCount", Integer.toString(form.getTaskCount()))
			.param("indicatorCount", Integer.toString(form.getIndicatorCount()));
		for (int i = 0; i < form.getTasks().size(); i++) {
			ReviewForm.ItemEdit e = form.getTasks().get(i);
			request.param("tasks[" + i + "].lead", e.getLead())
				.param("tasks[" + i + "].coordinating", e.getCoordinating())
				.param("tasks[" + i + "].period", e.getPeriod());
		}
		for (int i = 0; i < form.getIndicators().size(); i++) {
			ReviewForm.ItemEdit e = form.getIndicators().get(i);
			request.param("indicators[" + i + "].lead", e.getLead())
				.param("indicators[" + i + "].coordinating", e.getCoordinating())
				.param("indicators[" + i + "].target", e.getTarget());
		}
		return request;
	}
}
