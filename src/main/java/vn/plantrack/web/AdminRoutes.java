package vn.plantrack.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/** Accounts are the ADMIN's; the audit trail is read by ADMIN and the monitoring office. */
@Component
class AdminRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.WEB;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/admin/users").hasRole("ADMIN").requestMatchers("/audit").hasAnyRole("ADMIN", "MONITOR");
		// one account: its page, and disabling/enabling, role and agency, password reset
		rules.requestMatchers(HttpMethod.GET, "/admin/users/*")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/admin/users/*/enabled", "/admin/users/*/role", "/admin/users/*/password")
			.hasRole("ADMIN");
	}
}
