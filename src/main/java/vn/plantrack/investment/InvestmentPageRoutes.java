package vn.plantrack.investment;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/** Investment pages: MONITOR, LEADER and ADMIN read them. */
@Component
class InvestmentPageRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.WEB;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/investment/projects", "/investment/rankings",
				"/investment/report.xlsx")
			.hasAnyRole("MONITOR", "LEADER", "ADMIN");
	}
}
