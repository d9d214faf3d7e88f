package vn.plantrack.parse;

/** The way a heading is numbered; headings nest by scheme, not by markdown level. */
public enum NumberingScheme {
	/** "Phần thứ nhất", "PHẦN I". */
	PART,
	/** "Chương I". */
	CHAPTER,
	/** "Điều 1." */
	ARTICLE,
	/** "PHỤ LỤC 01", "Phụ lục số 02", "Biểu 01": an appendix caption, always at the top level. */
	APPENDIX,
	/** "A-", "B." (a single capital letter A-H). */
	UPPER_LETTER,
	/** "I-", "II.", "IV)". */
	ROMAN,
	/** "1.", "1.1", "2.3.1"; the depth is the number of components. */
	DECIMAL,
	/** "Nhiệm vụ 1:" without a leading number. */
	NAMED_TASK,
	/** "a)", "đ)". */
	LOWER_LETTER,
	/** "(1)", "1)". */
	PAREN_NUMBER
}
