package vn.plantrack.registry;

/**
 * An account change an ADMIN asked for that the rules refuse; names the field at fault and carries the message, in
 * Vietnamese (the key of the same message in the UI bundles is {@link Reason#messageKey()}).
 */
public final class AccountChangeRefusedException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/** Why; each has the form field (and JSON member) it is about. */
	public enum Reason {

		NO_SUCH_USER("username", "admin.user.error.missing", "Không có tài khoản này."),
		SELF("username", "admin.user.error.self",
				"Không thể tự khóa hoặc tự đổi vai trò của tài khoản đang đăng nhập; hãy nhờ một quản trị viên khác."),
		LAST_ADMIN("username", "admin.user.error.lastAdmin",
				"Đây là tài khoản quản trị cuối cùng còn hoạt động; hãy tạo hoặc mở lại một tài khoản quản trị khác trước."),
		ROLE("role", "admin.user.error.role", "Hãy chọn vai trò."),
		AGENCY_REQUIRED("agencyId", "admin.user.error.agency", "Tài khoản cơ quan báo cáo phải gắn với một cơ quan."),
		NO_SUCH_AGENCY("agencyId", "admin.user.error.noAgency", "Không có cơ quan này (hoặc cơ quan đã giải thể)."),
		WEAK_PASSWORD("newPassword", null, null);

		private final String field;

		private final String messageKey;

		private final String message;

		Reason(String field, String messageKey, String message) {
			this.field = field;
			this.messageKey = messageKey;
			this.message = message;
		}

		public String field() {
			return field;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	private final transient Reason reason;

	private final transient PasswordPolicy.Rule passwordRule;

	AccountChangeRefusedException(Reason reason) {
		super(reason.message);
		this.reason = reason;
		this.passwordRule = null;
	}

	AccountChangeRefusedException(PasswordPolicy.Rule rule) {
		super(rule.message());
		this.reason = Reason.WEAK_PASSWORD;
		this.passwordRule = rule;
	}

	public Reason reason() {
		return reason;
	}

	/** The form field or JSON member at fault. */
	public String field() {
		return reason.field();
	}

	/** The key of this message in the UI bundles (a password rule's own key for a weak password). */
	public String messageKey() {
		return passwordRule != null ? passwordRule.messageKey() : reason.messageKey();
	}
}
