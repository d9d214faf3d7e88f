package vn.plantrack.extract.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgencyDirectoryTests {

	private final AgencyDirectory sonLa = AgencyDirectory.of("Sơn La");

	@Test
	void resolvesNamesWrittenWithPrefixesAbbreviationsAndWithoutAccents() {
		assertThat(sonLa.resolve("Đảng ủy Sở Tài chính")).contains("Sở Tài chính");
		assertThat(sonLa.resolve("Đảng ủy Nông nghiệp và Môi trường")).contains("Sở Nông nghiệp và Môi trường");
		assertThat(sonLa.resolve("Sở KH&ĐT")).contains("Sở Kế hoạch và Đầu tư");
		assertThat(sonLa.resolve("Sở NN&PTNT")).contains("Sở Nông nghiệp và Phát triển nông thôn");
		assertThat(sonLa.resolve("so tai nguyen va moi truong")).contains("Sở Tài nguyên và Môi trường");
		assertThat(sonLa.resolve("Sở LĐ-TB&XH")).contains("Sở Lao động - Thương binh và Xã hội");
		assertThat(sonLa.resolve("UBND tỉnh")).contains("Ủy ban nhân dân tỉnh");
		assertThat(sonLa.resolve("Sở Văn hóa, Thể thao & Du lịch")).contains("Sở Văn hóa, Thể thao và Du lịch");
		assertThat(sonLa.resolve("Sở Du hành vũ trụ")).isEmpty();
	}

	@Test
	void knowsTheSuccessorsOfThe2025Reorganisation() {
		assertThat(sonLa.successor("Sở Kế hoạch và Đầu tư")).contains("Sở Tài chính");
		assertThat(sonLa.successor("Sở Thông tin và Truyền thông")).contains("Sở Khoa học và Công nghệ");
		assertThat(sonLa.successor("Sở Tài chính")).isEmpty();
	}

	@Test
	void keepsCollectivesAndSeparatesProvinces() {
		assertThat(AgencyDirectory.isCollective("Các sở, ban, ngành")).isTrue();
		assertThat(AgencyDirectory.isCollective("UBND các huyện, thành phố")).isTrue();
		assertThat(AgencyDirectory.isCollective("Sở Y tế")).isFalse();
		AgencyDirectory laiChau = AgencyDirectory.of("Lai Châu");
		assertThat(laiChau.resolve("Chi bộ Kinh tế ngành - Văn xã")).contains("Chi bộ Kinh tế ngành – Văn xã");
		assertThat(laiChau.resolve("Sở Tài chính")).isEmpty();
		assertThat(AgencyDirectory.of("Atlantis").resolve("Sở Tài chính")).isEmpty();
	}
}
