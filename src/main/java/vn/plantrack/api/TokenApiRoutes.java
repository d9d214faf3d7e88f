package vn.plantrack.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/** Every signed-in user manages its own API tokens (the controller refuses calls made with a token). */
@Component
class TokenApiRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.API;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/tokens")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/tokens")
			.authenticated()
			.requestMatchers(HttpMethod.DELETE, "/api/tokens/*")
			.authenticated();
	}
}
