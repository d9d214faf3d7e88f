package vn.plantrack.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/**
 * Tracking API: reads are open to every signed-in user and the services filter rows per agency (a REPORTER
 * sees only its own); writes by role, and the services check that a REPORTER writes only for its agency.
 */
@Component
class TrackingApiRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.API;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/agencies/decisions")
			.hasAnyRole("MONITOR", "LEADER")
			.requestMatchers(HttpMethod.GET, "/api/cycles/*/exceptions")
			.hasAnyRole("MONITOR", "LEADER", "REPORTER")
			.requestMatchers(HttpMethod.POST, "/api/cycles/*/exceptions")
			.hasRole("MONITOR")
			.requestMatchers(HttpMethod.DELETE, "/api/cycles/*/exceptions/*")
			.hasRole("MONITOR")
			.requestMatchers(HttpMethod.GET, "/api/agencies", "/api/agencies/resolve", "/api/tasks", "/api/tasks/*",
					"/api/tasks/*/responsible", "/api/cycles", "/api/cycles/*", "/api/cycles/*/submissions",
					"/api/cycles/*/timeliness", "/api/submissions/*", "/api/indicators/*/observations",
					"/api/tasks/*/explanations")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/agencies", "/api/agencies/*/aliases", "/api/agencies/successions")
			.hasAnyRole("ADMIN", "MONITOR")
			.requestMatchers(HttpMethod.POST, "/api/tasks/*/status", "/api/tasks/*/progress", "/api/cycles/*/submissions",
					"/api/submissions/*/submit", "/api/indicators/*/observations")
			.hasAnyRole("MONITOR", "REPORTER")
			.requestMatchers(HttpMethod.POST, "/api/explanations/*/answer")
			.hasRole("REPORTER")
			.requestMatchers(HttpMethod.POST, "/api/tasks/*/reassign", "/api/cycles", "/api/cycles/schedules",
					"/api/submissions/*/return", "/api/submissions/*/accept", "/api/tasks/*/explanations")
			.hasRole("MONITOR");
	}
}
