package vn.plantrack.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/** Documents API: every signed-in user reads the list; reviewers read drafts; MONITOR and ADMIN write. */
@Component
class DocumentApiRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.API;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/documents/*/extraction")
			.hasAnyRole("MONITOR", "ADMIN", "LEADER")
			.requestMatchers(HttpMethod.GET, "/api/documents", "/api/documents/*")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/documents", "/api/documents/*/confirm")
			.hasAnyRole("MONITOR", "ADMIN");
	}
}
