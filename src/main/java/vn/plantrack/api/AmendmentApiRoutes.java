package vn.plantrack.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/**
 * Amendments: only a MONITOR changes a confirmed plan; versions and histories are read by everyone signed in
 * (a REPORTER's task history is limited to its agency's tasks by the service).
 */
@Component
class AmendmentApiRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.API;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.POST, "/api/documents/*/amendments")
			.hasRole("MONITOR")
			.requestMatchers(HttpMethod.GET, "/api/documents/*/versions", "/api/tasks/*/history",
					"/api/indicators/*/history")
			.authenticated();
	}
}
