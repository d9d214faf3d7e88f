package vn.plantrack.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/** Open data is public (DESIGN.md: citizens, Mặt trận Tổ quốc); the service answers only for publishing localities. */
@Component
class OpenDataApiRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.API;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/open-data/*", "/api/open-data/*/*").permitAll();
	}
}
