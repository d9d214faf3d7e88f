package vn.plantrack.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/**
 * Plans, tasks, indicators, agencies, overview and search: everyone signed in reads; reviewing and
 * confirming an import and overriding a verdict are the monitoring office's (MONITOR, and ADMIN for review).
 */
@Component
class PageRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.WEB;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/documents/*/review")
			.hasAnyRole("MONITOR", "ADMIN")
			.requestMatchers(HttpMethod.POST, "/indicators/*/override")
			.hasRole("MONITOR")
			.requestMatchers(HttpMethod.POST, "/tasks/*/status", "/tasks/*/progress")
			.hasAnyRole("MONITOR", "REPORTER")
			.requestMatchers(HttpMethod.GET, "/overview", "/plans/*", "/tasks/*", "/indicators/*",
					"/indicators/*/chart.json", "/agencies", "/agencies/*", "/search", "/findings")
			.authenticated();
	}
}
