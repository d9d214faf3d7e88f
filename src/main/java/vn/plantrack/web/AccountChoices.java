package vn.plantrack.web;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.registry.Role;

/** What the account forms (creating one, changing one) offer and read back: the roles and the active agencies. */
final class AccountChoices {

	private AccountChoices() {
	}

	/** Agencies an account can belong to (not merged away), by locality then name, for the agency select. */
	static List<Map<String, Object>> activeAgencies(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT a.id, a.name, l.name AS locality FROM agency a JOIN locality l ON l.id = a.locality_id
				WHERE a.active_to IS NULL ORDER BY l.name, a.name""").query().listOfRows();
	}

	/** The role a form sent, or null when it sent none or a name that is not a role (the form then says so). */
	static Role role(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Role.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
