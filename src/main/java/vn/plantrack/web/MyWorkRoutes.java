package vn.plantrack.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/**
 * "Việc của tôi": only a REPORTER has an agency's periodic report to write. The controller further limits it
 * to the cycles, tasks and indicators of its own agency.
 */
@Component
class MyWorkRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.WEB;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/my-work")
			.hasRole("REPORTER")
			.requestMatchers(HttpMethod.POST, "/my-work")
			.hasRole("REPORTER");
	}
}
