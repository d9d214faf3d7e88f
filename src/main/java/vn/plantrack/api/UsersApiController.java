package vn.plantrack.api;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.plantrack.registry.AccountAdministration;
import vn.plantrack.registry.AccountChangeRefusedException;
import vn.plantrack.registry.Role;
import vn.plantrack.reporting.ApiTokenAuthenticationFilter;

/**
 * Account administration for an ADMIN: list, disable, enable, change role and agency, reset a password. Changes need
 * the ADMIN's password (HTTP Basic), not an API token: a leaked token must not be able to take over accounts.
 * Refusals are RFC 9457 problem details whose {@code field} member names the field at fault.
 */
@RestController
@Tag(name = "Tài khoản")
class UsersApiController {

	private final AccountAdministration accounts;

	UsersApiController(AccountAdministration accounts) {
		this.accounts = accounts;
	}

	record RoleChange(String role, Long agencyId) {
	}

	record PasswordReset(String newPassword) {
	}

	@GetMapping("/api/users")
	@Operation(summary = "ADMIN: các tài khoản", description = "Tên đăng nhập, vai trò, cơ quan (với REPORTER), đang hoạt động hay đã khóa")
	List<AccountAdministration.Managed> list() {
		return accounts.all();
	}

	@GetMapping("/api/users/{username}")
	@Operation(summary = "ADMIN: một tài khoản")
	ResponseEntity<AccountAdministration.Managed> one(@PathVariable String username) {
		return ResponseEntity.of(accounts.find(username));
	}

	@PostMapping("/api/users/{username}/disable")
	@Operation(summary = "ADMIN khóa tài khoản (cán bộ nghỉ việc, chuyển công tác)", description = "Không đăng nhập được nữa, token API bị từ chối, các phiên đang mở kết thúc; không tự khóa mình, không khóa quản trị viên cuối cùng")
	ResponseEntity<?> disable(@PathVariable String username, Principal admin, HttpServletRequest request) {
		return byPassword(request, () -> ResponseEntity.ok(accounts.setEnabled(username, false, admin.getName())));
	}

	@PostMapping("/api/users/{username}/enable")
	@Operation(summary = "ADMIN mở lại tài khoản đã khóa")
	ResponseEntity<?> enable(@PathVariable String username, Principal admin, HttpServletRequest request) {
		return byPassword(request, () -> ResponseEntity.ok(accounts.setEnabled(username, true, admin.getName())));
	}

	@PutMapping("/api/users/{username}/role")
	@Operation(summary = "ADMIN đổi vai trò và cơ quan", description = "REPORTER phải có agencyId; các vai trò khác không gắn cơ quan. Các phiên của người dùng kết thúc: vai trò mới có hiệu lực từ lần đăng nhập sau (trên nút khác chậm nhất sau thời gian kiểm tra lại phiên, mặc định 10 giây)")
	ResponseEntity<?> changeRole(@PathVariable String username, @RequestBody RoleChange change, Principal admin,
			HttpServletRequest request) {
		return byPassword(request,
				() -> ResponseEntity.ok(accounts.changeRole(username, role(change.role()), change.agencyId(), admin.getName())));
	}

	@PostMapping("/api/users/{username}/password")
	@Operation(summary = "ADMIN đặt lại mật khẩu", description = "Mật khẩu mới phải đạt chính sách mật khẩu; bỏ khóa do nhập sai, các phiên đang mở kết thúc")
	ResponseEntity<?> resetPassword(@PathVariable String username, @RequestBody PasswordReset reset, Principal admin,
			HttpServletRequest request) {
		return byPassword(request, () -> {
			accounts.resetPassword(username, reset.newPassword(), admin.getName());
			return ResponseEntity.noContent().build();
		});
	}

	@ExceptionHandler(AccountChangeRefusedException.class)
	ResponseEntity<ProblemDetail> refused(AccountChangeRefusedException ex) {
		HttpStatus status = switch (ex.reason()) {
			case NO_SUCH_USER -> HttpStatus.NOT_FOUND;
			case SELF, LAST_ADMIN -> HttpStatus.CONFLICT;
			default -> HttpStatus.BAD_REQUEST;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(status.getReasonPhrase());
		problem.setProperty("field", ex.field());
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return ResponseEntity.badRequest()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Yêu cầu không phải JSON đọc được."));
	}

	private interface Change {

		ResponseEntity<?> run();
	}

	private static ResponseEntity<?> byPassword(HttpServletRequest request, Change change) {
		if (request.getAttribute(ApiTokenAuthenticationFilter.TOKEN_ATTRIBUTE) != null) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
						"Quản trị tài khoản cần đăng nhập bằng mật khẩu, không dùng token."));
		}
		return change.run();
	}

	// an unknown role is a refusal naming the field, like a missing one
	private static Role role(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Role.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
