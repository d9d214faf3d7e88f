package vn.plantrack.api;

import java.security.Principal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.reporting.ApiTokens;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.TrackingException;

/**
 * Turns the authenticated principal into the tracking {@link Actor}: role and agency from the database, or for an
 * API token from what the token check read with it (held as long as the token is, {@code
 * plantrack.api-tokens.recheck-after}).
 */
@Component
class ApiActors {

	private final UserAccounts users;

	ApiActors(UserAccounts users) {
		this.users = users;
	}

	Actor of(Principal principal) {
		if (principal instanceof Authentication authentication
				&& authentication.getDetails() instanceof ApiTokens.Bearer bearer) {
			return new Actor(bearer.username(), Role.valueOf(bearer.role()), bearer.agencyId());
		}
		return users.account(principal.getName())
			.map(account -> new Actor(account.username(), account.role(), account.agencyId()))
			.orElseThrow(() -> new TrackingException(TrackingException.Kind.NOT_PERMITTED,
					"Tài khoản " + principal.getName() + " không còn hoạt động"));
	}
}
