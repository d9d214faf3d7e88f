package vn.plantrack.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NeedleTests {

	@Test
	void findsThePhraseInAnyCase() {
		Needle annexed = new Needle("kèm theo");
		assertThat(annexed.in("Ban hành kèm theo Quyết định số 139/QĐ-UBND")).isTrue();
		assertThat(annexed.in("PHỤ LỤC KÈM THEO KẾ HOẠCH")).isTrue();
		assertThat(annexed.in("Kèm Theo")).isTrue();
	}

	@Test
	void missesThePhraseWithoutItsDiacriticsOrSplitByAnotherSpace() {
		Needle annexed = new Needle("kèm theo");
		assertThat(annexed.in("kem theo")).isFalse();
		assertThat(annexed.in("kèm  theo")).isFalse();
		assertThat(annexed.in("kèm")).isFalse();
	}

	@Test
	void findsAPhraseAtTheStartAndAtTheEndOfTheText() {
		Needle within = new Needle("trong");
		assertThat(within.in("Trong năm 2026")).isTrue();
		assertThat(within.in("hoàn thành TRONG")).isTrue();
		assertThat(within.in("tr ong")).isFalse();
		Needle term = new Needle("nhiệm kỳ");
		assertThat(term.in("Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030")).isTrue();
		assertThat(term.in("NHIỆM KỲ 2020-2025")).isTrue();
		assertThat(term.in("nhiệm vụ kỳ này")).isFalse();
	}
}
