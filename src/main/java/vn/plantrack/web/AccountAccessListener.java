package vn.plantrack.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.plantrack.registry.AccountAccessChanged;
import vn.plantrack.reporting.ApiTokens;

/**
 * After an account change commits, this node forgets what it holds of the user: the held copies of its sessions
 * (the stored rows went with the change) and its remembered API tokens. After the commit, so that a request
 * reading the account meanwhile cannot hold the old state again.
 */
@Component
@ConditionalOnWebApplication
class AccountAccessListener {

	private final ObjectProvider<SessionRepository<?>> sessions;

	private final ApiTokens tokens;

	AccountAccessListener(ObjectProvider<SessionRepository<?>> sessions, ApiTokens tokens) {
		this.sessions = sessions;
		this.tokens = tokens;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onChange(AccountAccessChanged change) {
		tokens.forgetUser(change.username());
		sessions.ifAvailable(repository -> {
			if (repository instanceof HeldSessionRepository held) {
				held.endSessionsOf(change.username());
			}
		});
	}
}
