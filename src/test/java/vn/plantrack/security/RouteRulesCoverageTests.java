package vn.plantrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.plantrack.support.TestDatabases;

/**
 * Every endpoint of the application, taken from its own route list, has an access rule: anonymous callers
 * are refused everywhere except the few public pages, and every endpoint is open to at least one role (an
 * endpoint nobody declared a rule for is denied to all by the catch-all, and fails here).
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
@AutoConfigureMockMvc
class RouteRulesCoverageTests {

	/** Reachable without logging in, on purpose. */
	private static final Set<String> PUBLIC = Set.of("/login", "/error");

	private static final String[] ROLES = { "ADMIN", "MONITOR", "LEADER", "REPORTER" };

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	record Endpoint(HttpMethod method, String pattern) {

		String samplePath() {
			return pattern.replaceAll("\\{[^}]+}", "1");
		}
	}

	@Autowired
	vn.plantrack.registry.UserAccounts users;

	@Autowired
	vn.plantrack.registry.Agencies agencies;

	@Autowired
	vn.plantrack.registry.Localities localities;

	/** Real accounts behind the test principals: services look the caller up to apply row-level rules. */
	@org.junit.jupiter.api.BeforeEach
	void createOneUserPerRole() {
		if (users.account("matrix-admin").isPresent()) {
			return;
		}
		long agency = agencies.idFor(localities.idFor("Sơn La"), "Sở Tài chính");
		for (String role : ROLES) {
			users.create("matrix-" + role.toLowerCase(), "Matrix-Password-2026",
					vn.plantrack.registry.Role.valueOf(role), "REPORTER".equals(role) ? agency : null, "test");
		}
	}

	@Test
	void refusesAnonymousCallersOutsideThePublicPages() {
		List<String> open = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			// calendar feeds authenticate by their revocable token in the URL; open data is public by design
			if (PUBLIC.contains(endpoint.pattern()) || endpoint.pattern().startsWith("/api/calendar/")
					|| endpoint.pattern().startsWith("/api/open-data/")) {
				continue;
			}
			var response = status(request(endpoint.method(), endpoint.samplePath()).with(csrf()));
			int status = response.status;
			// pages send anonymous visitors to the login form; the API answers 401
			boolean refused = status == 401 || status == 403
					|| (status == 302 && response.location != null && response.location.endsWith("/login"));
			if (!refused) {
				open.add(endpoint + " -> " + status);
			}
		}
		assertThat(open).as("endpoints reachable without logging in").isEmpty();
	}

	@Test
	void declaresARuleForEveryEndpoint() {
		List<String> undeclared = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			boolean someoneAllowed = false;
			for (String role : ROLES) {
				MockHttpServletRequestBuilder call = request(endpoint.method(), endpoint.samplePath())
					.with(user("matrix-" + role.toLowerCase()).roles(role))
					.with(csrf());
				int status = status(call).status;
				if (status != 403 && status != 401) {
					someoneAllowed = true;
					break;
				}
			}
			if (!someoneAllowed) {
				undeclared.add(endpoint.toString());
			}
		}
		assertThat(undeclared).as("endpoints no role may call (no RouteRules entry?)").isEmpty();
	}

	private record Outcome(int status, String location) {
	}

	/** The status of a call; a failure inside the controller means security let the call through (200 here). */
	private Outcome status(MockHttpServletRequestBuilder call) {
		try {
			var response = mvc.perform(call).andReturn().getResponse();
			return new Outcome(response.getStatus(), response.getRedirectedUrl());
		}
		catch (Exception ex) {
			return new Outcome(200, null);
		}
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add(new Endpoint(HttpMethod.GET, pattern));
				}
				for (RequestMethod method : methods) {
					endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern));
				}
			}
		}
		return endpoints;
	}
}
