package vn.plantrack.web;

import java.util.function.Predicate;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The characters Spring Security's {@link StrictHttpFirewall} accepts in header names, header values and parameter
 * names, checked by a loop instead of its regular expressions: the same rule (every code point assigned and not a
 * control character; a header value may also hold a TAB), without running a regex over every header of every
 * request (about a tenth of the samples of a held task list, bench/overview/profile.sh).
 */
final class FirewallCharacters {

	/** Header names and parameter names: {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}. */
	static final Predicate<String> NAME = text -> allAssignedAndNotControl(text, false);

	/** Header values: {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}. */
	static final Predicate<String> HEADER_VALUE = text -> allAssignedAndNotControl(text, true);

	private FirewallCharacters() {
	}

	/** The firewall Spring Security would build by default, with the loops above. */
	static StrictHttpFirewall firewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(NAME);
		firewall.setAllowedHeaderValues(HEADER_VALUE);
		firewall.setAllowedParameterNames(NAME);
		return firewall;
	}

	private static boolean allAssignedAndNotControl(String text, boolean tabAllowed) {
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			// printable ASCII, nearly every character a request carries, needs no table lookup
			if (codePoint < 0x20 || codePoint >= 0x7F) {
				int type = Character.getType(codePoint);
				boolean allowed = type != Character.UNASSIGNED
						&& (type != Character.CONTROL || tabAllowed && codePoint == '\t');
				if (!allowed) {
					return false;
				}
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}
}
