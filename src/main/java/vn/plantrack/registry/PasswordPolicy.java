package vn.plantrack.registry;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be before an account gets it: long enough, not a single kind of character, not the
 * user name, not one of the passwords every guessing list starts with. Checked when an account is created
 * and when its password is changed (page, API, command line alike, since all go through
 * {@link UserAccounts}).
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** The rule a password breaks; each has a Vietnamese message naming it. */
	public enum Rule {

		TOO_SHORT("Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự."),
		ONE_CHARACTER_CLASS("Mật khẩu phải có ít nhất hai loại ký tự (chữ thường, chữ hoa, chữ số, ký hiệu)."),
		CONTAINS_USERNAME("Mật khẩu không được trùng hoặc chứa tên đăng nhập."),
		COMMON("Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác.");

		private final String message;

		Rule(String message) {
			this.message = message;
		}

		public String message() {
			return message;
		}

		/** The key of the same message in the UI bundles. */
		public String messageKey() {
			return "password.rule." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	// rule: the passwords that head every published guessing list (and their Vietnamese cousins) are refused
	// whatever their length, compared without regard to case
	private static final Set<String> COMMON = Set.of("123456789012", "1234567890ab", "123456789abc", "password1234",
			"password@123", "password123!", "passw0rd1234", "qwertyuiop12", "qwerty123456", "1q2w3e4r5t6y",
			"abc123456789", "admin1234567", "admin@123456", "administrator", "matkhau12345", "matkhau@1234",
			"matkhau123456", "iloveyou1234", "welcome12345", "letmein12345", "changeme1234", "plantrack123",
			"plantrack2026", "sonla1234567", "vietnam12345", "1234567890123");

	private PasswordPolicy() {
	}

	/** The first rule {@code password} breaks for the account {@code username}, if any. */
	public static Optional<Rule> violation(String username, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of(Rule.TOO_SHORT);
		}
		if (characterClasses(password) < 2) {
			return Optional.of(Rule.ONE_CHARACTER_CLASS);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && username.strip().length() >= 3
				&& lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of(Rule.CONTAINS_USERNAME);
		}
		if (COMMON.contains(lower)) {
			return Optional.of(Rule.COMMON);
		}
		return Optional.empty();
	}

	/** Refuses a password that breaks a rule, with the rule's message. */
	public static void check(String username, String password) {
		violation(username, password).ifPresent(rule -> {
			throw new WeakPasswordException(rule);
		});
	}

	// rule: classes are lower-case letters, upper-case letters (Vietnamese ones included), digits, anything else
	private static int characterClasses(String password) {
		boolean lower = false;
		boolean upper = false;
		boolean digit = false;
		boolean other = false;
		for (int i = 0; i < password.length();) {
			int c = password.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isUpperCase(c)) {
				upper = true;
			}
			else if (Character.isDigit(c)) {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

	/** A password refused by the policy; the message names the rule, in Vietnamese. */
	public static final class WeakPasswordException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		private final transient Rule rule;

		WeakPasswordException(Rule rule) {
			super(rule.message());
			this.rule = rule;
		}

		public Rule rule() {
			return rule;
		}
	}
}
