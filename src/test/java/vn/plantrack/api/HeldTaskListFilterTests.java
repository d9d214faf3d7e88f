package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import vn.plantrack.reporting.ApiTokens;

/**
 * A held, current list is sent without reaching the controller; everything else (not held, out of date, another
 * viewer's scope, a parameter the controller converts or refuses itself) goes on to the controller.
 */
class HeldTaskListFilterTests {

	static final byte[] WHOLE_PLAN_7 = "[{\"id\":1}]".getBytes(StandardCharsets.UTF_8);

	final TaskListAnswersTests.Versions versions = new TaskListAnswersTests.Versions();

	final TaskListAnswers answers = new TaskListAnswers(versions, 64);

	final HeldTaskListFilter filter = new HeldTaskListFilter(answers, new ApiActors(null));

	@Test
	void aHeldCurrentListIsSentWithItsTotalAndTheControllerIsNotReached() throws Exception {
		hold(new TaskListAnswers.Key(7, null, false, null, 0, Integer.MAX_VALUE), WHOLE_PLAN_7, 1);

		MockFilterChain controller = new MockFilterChain();
		MockHttpServletResponse response = send(get("documentId=7", "LEADER", null), controller);

		assertThat(controller.getRequest()).as("controller reached").isNull();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsByteArray()).isEqualTo(WHOLE_PLAN_7);
		assertThat(response.getHeader("X-Total-Count")).isEqualTo("1");
		assertThat(response.getContentType()).isEqualTo("application/json");
		assertThat(response.getContentLength()).isEqualTo(WHOLE_PLAN_7.length);
	}

	@Test
	void aPageIsAnsweredFromTheEntryOfThatPage() throws Exception {
		byte[] secondPage = "[{\"id\":51}]".getBytes(StandardCharsets.UTF_8);
		// page 1 of size 50 starts at row 50
		hold(new TaskListAnswers.Key(7, 3L, false, null, 50, 50), secondPage, 120);

		MockHttpServletResponse response = send(get("documentId=7&agency=3&page=1&size=50", "MONITOR", null),
				new MockFilterChain());

		assertThat(response.getContentAsByteArray()).isEqualTo(secondPage);
		assertThat(response.getHeader("X-Total-Count")).isEqualTo("120");
	}

	@Test
	void aReporterIsNeverAnsweredTheListHeldForEveryoneOrForAnotherAgency() throws Exception {
		hold(new TaskListAnswers.Key(7, null, false, null, 0, Integer.MAX_VALUE), WHOLE_PLAN_7, 1);
		hold(new TaskListAnswers.Key(7, null, true, 40L, 0, Integer.MAX_VALUE), WHOLE_PLAN_7, 1);

		assertReachesTheController(get("documentId=7", "REPORTER", 41L));
	}

	@Test
	void aListOfAPlanChangedSinceItWasHeldGoesToTheController() throws Exception {
		hold(new TaskListAnswers.Key(1, null, false, null, 0, Integer.MAX_VALUE), WHOLE_PLAN_7, 1);
		versions.plan1++;

		assertReachesTheController(get("documentId=1", "LEADER", null));
	}

	@Test
	void parametersTheControllerConvertsOrRefusesItselfGoToIt() throws Exception {
		hold(new TaskListAnswers.Key(7, null, false, null, 0, Integer.MAX_VALUE), WHOLE_PLAN_7, 1);
		hold(new TaskListAnswers.Key(7, null, false, null, 0, 10), WHOLE_PLAN_7, 1);
		for (String query : List.of("documentId=0x7", "documentId=+7", "documentId=%207", "documentId=7&documentId=8",
				"documentId=7&agency=", "documentId=7&page=-1&size=10", "documentId=7&page=0",
				"documentId=7&size=0", "documentId=7&size=99999999999", "agency=7", "documentId=")) {
			assertReachesTheController(get(query, "LEADER", null));
		}
	}

	@Test
	void anUnauthenticatedRequestGoesOnToBeRefused() throws Exception {
		hold(new TaskListAnswers.Key(7, null, false, null, 0, Integer.MAX_VALUE), WHOLE_PLAN_7, 1);
		MockHttpServletRequest anonymous = get("documentId=7", "LEADER", null);
		anonymous.setUserPrincipal(null);

		assertReachesTheController(anonymous);
	}

	private void hold(TaskListAnswers.Key key, byte[] json, long total) {
		answers.answer(key, () -> new TaskListAnswers.Answer(json, total));
	}

	private void assertReachesTheController(MockHttpServletRequest request) throws Exception {
		MockFilterChain controller = new MockFilterChain();
		MockHttpServletResponse response = send(request, controller);
		assertThat(controller.getRequest()).as(request.getQueryString()).isSameAs(request);
		assertThat(response.getContentAsByteArray()).isEmpty();
	}

	private MockHttpServletResponse send(MockHttpServletRequest request, MockFilterChain chain) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

	/** GET /api/tasks?query as a token of the role (and agency, for a REPORTER). */
	private static MockHttpServletRequest get(String query, String role, Long agency) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/tasks");
		request.setQueryString(query);
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				request.addParameter(pair.substring(0, eq),
						java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		var token = UsernamePasswordAuthenticationToken.authenticated("u", null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role)));
		token.setDetails(new ApiTokens.Bearer(1, "u", role, ApiTokens.Scope.READ, agency));
		request.setUserPrincipal(token);
		return request;
	}
}
