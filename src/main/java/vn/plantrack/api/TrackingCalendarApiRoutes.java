package vn.plantrack.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/**
 * The working-day calendar, the reminder digests and the indicator decision queue: reads of the calendar for
 * everybody signed in, everything else for the monitoring office (the reminder job also for ADMIN).
 */
@Component
class TrackingCalendarApiRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.API;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/calendar/non-working-days")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/calendar/non-working-days")
			.hasAnyRole("MONITOR", "ADMIN")
			.requestMatchers(HttpMethod.DELETE, "/api/calendar/non-working-days/*")
			.hasAnyRole("MONITOR", "ADMIN");
	}
}
