package vn.plantrack.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/**
 * Reporting cycles, agencies' reports and explanation requests. Reading a cycle or a report: MONITOR, LEADER,
 * and a REPORTER for its own agency only (the controllers and tracking refuse the rest); the administrator
 * runs accounts, not reporting. Accepting or returning a report, granting or revoking an exception to a cycle's
 * lock and asking for an explanation: MONITOR.
 * Answering an explanation request: the REPORTER of the agency asked (tracking checks the agency).
 */
@Component
class CycleRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.WEB;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/cycles/*", "/submissions/*")
			.hasAnyRole("MONITOR", "LEADER", "REPORTER")
			.requestMatchers(HttpMethod.POST, "/submissions/*/accept", "/submissions/*/return")
			.hasRole("MONITOR")
			// exceptions to a cycle's lock: granted and revoked by the monitoring office only
			.requestMatchers(HttpMethod.POST, "/cycles/*/exceptions", "/cycles/*/exceptions/*/revoke")
			.hasRole("MONITOR")
			.requestMatchers(HttpMethod.GET, "/tasks/*/explanations")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/tasks/*/explanations")
			.hasRole("MONITOR")
			.requestMatchers(HttpMethod.POST, "/explanations/*/answer")
			.hasRole("REPORTER");
	}
}
