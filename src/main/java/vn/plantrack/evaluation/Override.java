package vn.plantrack.evaluation;

import java.time.Instant;
import java.util.Objects;

/** A verdict set by a person over the computed one; the reason and the author are mandatory. */
public record Override(Verdict verdict, String reason, String author, Instant at) {

	public Override {
		Objects.requireNonNull(verdict, "verdict");
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("ghi đè kết quả đánh giá phải nêu lý do");
		}
		if (author == null || author.isBlank()) {
			throw new IllegalArgumentException("ghi đè kết quả đánh giá phải ghi người thực hiện");
		}
	}
}
