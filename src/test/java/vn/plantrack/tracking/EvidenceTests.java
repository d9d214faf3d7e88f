package vn.plantrack.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which files a progress report may carry as evidence. */
class EvidenceTests {

	@Test
	void acceptsDocumentsSpreadsheetsAndPhotosUpToTenMegabytes() {
		List<Evidence> files = List.of(new Evidence("bien-ban.PDF", new byte[] { 1 }),
				new Evidence("so-lieu.xlsx", new byte[] { 1 }), new Evidence("anh-hien-truong.jpg", new byte[(int) Evidence.MAX_BYTES]));

		Evidence.check(files);

		assertThat(files.get(0).mediaType()).isEqualTo("application/pdf");
	}

	@Test
	void refusesAFileOverTenMegabytesNamingIt() {
		assertThatThrownBy(() -> Evidence.check(List.of(new Evidence("video.png", new byte[(int) Evidence.MAX_BYTES + 1]))))
			.isInstanceOf(TrackingException.class)
			.hasMessage("video.png: tệp lớn hơn 10 MB");
	}

	@Test
	void refusesExecutablesEmptyFilesAndTooManyFiles() {
		assertThatThrownBy(() -> Evidence.check(List.of(new Evidence("report.pdf.exe", new byte[] { 1 }))))
			.hasMessageContaining("report.pdf.exe: loại tệp không được chấp nhận");
		assertThatThrownBy(() -> Evidence.check(List.of(new Evidence("trong.docx", new byte[0])))).hasMessage("trong.docx: tệp rỗng");
		List<Evidence> six = Collections.nCopies(6, new Evidence("a.pdf", new byte[] { 1 }));
		assertThatThrownBy(() -> Evidence.check(six)).hasMessageContaining("Tối đa 5 tệp");
	}

	@Test
	void keepsOnlyTheFileNameOfAPathAndHashesTheBytes() {
		Evidence file = new Evidence("C:\\\\Users\\\\van-thu\\\\bao-cao.docx", "abc".getBytes(StandardCharsets.US_ASCII));

		assertThat(file.safeName()).isEqualTo("bao-cao.docx");
		// SHA-256("abc"), FIPS 180-2 test vector
		assertThat(file.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}
}
