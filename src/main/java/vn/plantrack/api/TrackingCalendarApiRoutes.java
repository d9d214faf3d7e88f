package vn.plantrack.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/**
 * The working-day calendar and the reminder digests: reads for everybody signed in (a REPORTER sees only its own
 * agency's reminders), changes to the calendar and the reminder job for a MONITOR or an ADMIN.
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
			.hasAnyRole("MONITOR", "ADMIN")
			.requestMatchers(HttpMethod.GET, "/api/reminders", "/api/reminders/sent")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/reminders/run")
			.hasAnyRole("MONITOR", "ADMIN");
	}
}
