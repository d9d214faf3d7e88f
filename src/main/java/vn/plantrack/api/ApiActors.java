package vn.plantrack.api;

import java.security.Principal;

import org.springframework.stereotype.Component;

import vn.plantrack.registry.UserAccounts;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.TrackingException;

/** Turns the authenticated principal into the tracking {@link Actor} (role and agency from the database). */
@Component
class ApiActors {

	private final UserAccounts users;

	ApiActors(UserAccounts users) {
		this.users = users;
	}

	Actor of(Principal principal) {
		return users.account(principal.getName())
			.map(account -> new Actor(account.username(), account.role(), account.agencyId()))
			.orElseThrow(() -> new TrackingException(TrackingException.Kind.NOT_PERMITTED,
					"Tài khoản " + principal.getName() + " không còn hoạt động"));
	}
}
