package vn.plantrack.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/** Evaluations are read by the monitoring office and the leadership; only a MONITOR changes settings. */
@Component
class IndicatorApiRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.API;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/indicators/*/evaluation", "/api/documents/*/evaluation")
			.hasAnyRole("MONITOR", "LEADER", "ADMIN")
			.requestMatchers(HttpMethod.PUT, "/api/indicators/*/direction")
			.hasRole("MONITOR")
			.requestMatchers(HttpMethod.POST, "/api/indicators/*/override")
			.hasRole("MONITOR");
	}
}
