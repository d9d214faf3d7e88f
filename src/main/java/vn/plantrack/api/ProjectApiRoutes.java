package vn.plantrack.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/** Projects and public investment: MONITOR, LEADER and ADMIN read; only a MONITOR writes. */
@Component
class ProjectApiRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.API;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/projects", "/api/projects/*", "/api/projects/*/disbursements",
				"/api/investment/**")
			.hasAnyRole("MONITOR", "LEADER", "ADMIN")
			.requestMatchers(HttpMethod.POST, "/api/projects", "/api/projects/*/plans", "/api/projects/*/plans/*/adjustments",
					"/api/projects/*/disbursements", "/api/documents/*/projects", "/api/investment/checkpoints/*/evaluate",
					"/api/investment/rules", "/api/investment/disbursements/import")
			.hasRole("MONITOR")
			.requestMatchers(HttpMethod.PATCH, "/api/projects/*")
			.hasRole("MONITOR")
			.requestMatchers(HttpMethod.PUT, "/api/investment/rules/*")
			.hasRole("MONITOR");
	}
}
