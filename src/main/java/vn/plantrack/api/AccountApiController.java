package vn.plantrack.api;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.plantrack.registry.PasswordPolicy;
import vn.plantrack.registry.UserAccounts;

/** The caller changes its own password; the policy's refusal names the rule (RFC 9457 detail, Vietnamese). */
@RestController
class AccountApiController {

	private final UserAccounts users;

	AccountApiController(UserAccounts users) {
		this.users = users;
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

	@PostMapping("/api/account/password")
	ResponseEntity<?> change(@RequestBody PasswordChange change, Principal principal) {
		var violation = PasswordPolicy.violation(principal.getName(), change.newPassword());
		if (violation.isPresent()) {
			return ResponseEntity.badRequest()
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, violation.get().message()));
		}
		if (!users.changePassword(principal.getName(), change.currentPassword(), change.newPassword(),
				principal.getName())) {
			return ResponseEntity.badRequest()
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Mật khẩu hiện tại không đúng."));
		}
		return ResponseEntity.noContent().build();
	}
}
