package vn.plantrack.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/** Accounts are the ADMIN's alone: listing them, disabling, enabling, role and agency, password reset. */
@Component
class UsersApiRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.API;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/users", "/api/users/*")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/api/users/*/disable", "/api/users/*/enable", "/api/users/*/password")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.PUT, "/api/users/*/role")
			.hasRole("ADMIN");
	}
}
