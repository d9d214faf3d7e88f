package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The loops accept exactly what Spring Security's own patterns accept (the patterns of StrictHttpFirewall 7.1). */
class FirewallCharactersTests {

	private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void everyCodePointIsJudgedAsSpringSecurityJudgesIt() {
		List<String> differences = new ArrayList<>();
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String text = "a" + new String(Character.toChars(codePoint)) + "b";
			if (FirewallCharacters.NAME.test(text) != NAME.matcher(text).matches()
					|| FirewallCharacters.HEADER_VALUE.test(text) != HEADER_VALUE.matcher(text).matches()) {
				differences.add(Integer.toHexString(codePoint));
			}
		}
		assertThat(differences).isEmpty();
	}

	@Test
	void aTokenAndVietnameseTextPassAndControlCharactersDoNot() {
		assertThat(FirewallCharacters.HEADER_VALUE.test("Bearer ptk_9f8e7d6c5b4a")).isTrue();
		assertThat(FirewallCharacters.HEADER_VALUE.test("Sở Kế hoạch và Đầu tư\tTỉnh")).isTrue();
		assertThat(FirewallCharacters.NAME.test("Sở Kế hoạch\tvà Đầu tư")).isFalse();
		assertThat(FirewallCharacters.HEADER_VALUE.test("giá trị\r\nX-Injected: 1")).isFalse();
		assertThat(FirewallCharacters.HEADER_VALUE.test("nửa cặp \uD800 thay thế")).isTrue();
		assertThat(FirewallCharacters.NAME.test("chưa gán \u0378")).isFalse();
	}
}
