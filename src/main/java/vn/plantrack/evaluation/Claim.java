package vn.plantrack.evaluation;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plantrack.shared.text.VietText;

/**
 * The verdict a report claims for a group of rows ("CÁC CHỈ TIÊU HOÀN THÀNH TRƯỚC 02 NĂM ...", "... DỰ KIẾN
 * ĐẠT VÀ VƯỢT ...", "... DỰ KIẾN KHÔNG ĐẠT ..."), with how many years early it says the target was met.
 *
 * @param accepted the computed verdicts that agree with the claim
 * @param yearsEarly years before the end of the term the report says the target was met, or {@code null}
 */
public record Claim(String text, String label, Set<Verdict> accepted, Integer yearsEarly) {

	private static final Pattern EARLY = Pattern.compile("truoc\\s+0*(\\d+)\\s+nam");

	// rule: the group headings of a results table name the verdict of their rows: "không đạt", "có nguy
	// cơ", "hoàn thành trước N năm", "đạt (và vượt)", "vượt"
	public static Claim parse(String heading) {
		String folded = VietText.fold(VietText.squeeze(VietText.nfc(heading)));
		if (folded.contains("khong dat") || folded.contains("chua dat")) {
			return new Claim(heading, Verdict.NOT_MET.label(), Set.of(Verdict.NOT_MET), null);
		}
		if (folded.contains("nguy co")) {
			return new Claim(heading, Verdict.AT_RISK.label(), Set.of(Verdict.AT_RISK, Verdict.NOT_MET), null);
		}
		Matcher early = EARLY.matcher(folded);
		if (folded.contains("hoan thanh") && early.find()) {
			int years = Integer.parseInt(early.group(1));
			return new Claim(heading, "ĐẠT (hoàn thành trước " + years + " năm)",
					Set.of(Verdict.MET, Verdict.EXCEEDED), years);
		}
		if (folded.contains("vuot") || folded.contains("dat") || folded.contains("hoan thanh")) {
			return new Claim(heading, folded.contains("vuot") ? "ĐẠT VÀ VƯỢT" : Verdict.MET.label(),
					Set.of(Verdict.MET, Verdict.EXCEEDED), null);
		}
		return null;
	}
}
