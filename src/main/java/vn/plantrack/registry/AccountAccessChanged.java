package vn.plantrack.registry;

/**
 * An account's access changed (disabled, role or agency changed, password reset): its stored sessions are
 * already deleted in the same transaction; listeners drop what they hold of the user on this node (held sessions,
 * remembered API tokens). Published inside the transaction; listen after its commit.
 */
public record AccountAccessChanged(String username) {
}
