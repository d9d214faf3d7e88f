package vn.plantrack.reporting;

import java.util.List;

/**
 * A filled-in data-entry workbook that was not imported, with every problem found, each naming the sheet,
 * the cell and what is wrong ("Chỉ tiêu!I7: không phải số"). Nothing of the workbook was written.
 */
public class WorkbookRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> errors;

	public WorkbookRejectedException(List<String> errors) {
		super(errors.isEmpty() ? "sổ nhập liệu không hợp lệ" : errors.get(0)
				+ (errors.size() > 1 ? " (và " + (errors.size() - 1) + " lỗi khác)" : ""));
		this.errors = List.copyOf(errors);
	}

	public List<String> errors() {
		return errors;
	}
}
