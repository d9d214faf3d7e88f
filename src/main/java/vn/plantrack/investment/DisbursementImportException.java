package vn.plantrack.investment;

import java.util.List;

/** The sheet was refused as a whole; {@link #errors()} says where and why, nothing was stored. */
public class DisbursementImportException extends InvestmentException {

	private static final long serialVersionUID = 1L;

	private final transient List<ImportError> errors;

	public DisbursementImportException(List<ImportError> errors) {
		super("không nhập được (" + errors.size() + " lỗi, chưa lưu gì): " + errors.get(0)
				+ (errors.size() > 1 ? "; …" : ""));
		this.errors = List.copyOf(errors);
	}

	public List<ImportError> errors() {
		return errors;
	}
}
