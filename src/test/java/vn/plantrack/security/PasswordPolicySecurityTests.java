package vn.plantrack.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.plantrack.registry.PasswordPolicy;
import vn.plantrack.registry.PasswordPolicy.Rule;

/** The password rules themselves, one per case; where they are enforced is in {@link WebSecurityTests}. */
class PasswordPolicySecurityTests {

	@Test
	void elevenCharactersAreTooFewAndTwelveAreEnough() {
		assertThat(PasswordPolicy.violation("canbo", "Abcdefghij1")).contains(Rule.TOO_SHORT);
		assertThat(PasswordPolicy.violation("canbo", "Abcdefghij12")).isEmpty();
	}

	@Test
	void lengthIsCountedInCharactersNotBytes() {
		// 12 Vietnamese letters, upper and lower case: 12 characters although more than 12 UTF-8 bytes
		assertThat(PasswordPolicy.violation("canbo", "Đồngbằngsôn")).contains(Rule.TOO_SHORT);
		assertThat(PasswordPolicy.violation("canbo", "Đồngbằngsông")).isEmpty();
	}

	@Test
	void aPasswordOfOneCharacterClassIsRefused() {
		assertThat(PasswordPolicy.violation("canbo", "kehoachsonlatinh")).contains(Rule.ONE_CHARACTER_CLASS);
		assertThat(PasswordPolicy.violation("canbo", "KEHOACHSONLATINH")).contains(Rule.ONE_CHARACTER_CLASS);
		assertThat(PasswordPolicy.violation("canbo", "20262030203520")).contains(Rule.ONE_CHARACTER_CLASS);
		assertThat(PasswordPolicy.violation("canbo", "!@#$%^&*()_+-=")).contains(Rule.ONE_CHARACTER_CLASS);
		assertThat(PasswordPolicy.violation("canbo", "kehoachsonla2026")).isEmpty();
	}

	@Test
	void aPasswordEqualToOrContainingTheUserNameIsRefusedWhateverTheCase() {
		// 13 characters, letters and dots: long and mixed enough, but it is the user name
		assertThat(PasswordPolicy.violation("nguyen.van.an", "nguyen.van.an")).contains(Rule.CONTAINS_USERNAME);
		assertThat(PasswordPolicy.violation("nguyen.van.an", "2026-Nguyen.Van.An!")).contains(Rule.CONTAINS_USERNAME);
	}

	@Test
	void aCommonPasswordIsRefusedEvenWhenLongAndMixed() {
		assertThat(PasswordPolicy.violation("canbo", "Password1234")).contains(Rule.COMMON);
		assertThat(PasswordPolicy.violation("canbo", "qwerty123456")).contains(Rule.COMMON);
		assertThat(PasswordPolicy.violation("canbo", "MatKhau@1234")).contains(Rule.COMMON);
	}

	@Test
	void everyRuleHasAVietnameseMessageNamingIt() {
		assertThat(Rule.TOO_SHORT.message()).isEqualTo("Mật khẩu phải có ít nhất 12 ký tự.");
		assertThat(Rule.ONE_CHARACTER_CLASS.message()).contains("hai loại ký tự");
		assertThat(Rule.CONTAINS_USERNAME.message()).contains("tên đăng nhập");
		assertThat(Rule.COMMON.message()).contains("phổ biến");
	}
}
