package vn.plantrack.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import vn.plantrack.reporting.ApiTokenAuthenticationFilter;
import vn.plantrack.reporting.ApiTokens;

/**
 * API tokens of the signed-in user: create (the secret is shown once), list, revoke. Managing tokens
 * needs the user's password (HTTP Basic): a token cannot mint or revoke tokens.
 */
@RestController
class TokenApiController {

	private final ApiTokens tokens;

	TokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	record TokenRequest(String name, String scope) {
	}

	@PostMapping("/api/tokens")
	ResponseEntity<?> create(@RequestBody TokenRequest body, Authentication user, HttpServletRequest request) {
		if (request.getAttribute(ApiTokenAuthenticationFilter.TOKEN_ATTRIBUTE) != null) {
			return forbidden();
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(tokens.create(user.getName(), body.name(), body.scope()));
	}

	@GetMapping("/api/tokens")
	List<ApiTokens.Token> list(Authentication user) {
		return tokens.of(user.getName());
	}

	@DeleteMapping("/api/tokens/{id}")
	ResponseEntity<?> revoke(@PathVariable long id, Authentication user, HttpServletRequest request) {
		if (request.getAttribute(ApiTokenAuthenticationFilter.TOKEN_ATTRIBUTE) != null) {
			return forbidden();
		}
		boolean admin = user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
		return tokens.revoke(id, user.getName(), admin) ? ResponseEntity.noContent().build()
				: ResponseEntity.notFound().build();
	}

	private static ResponseEntity<ProblemDetail> forbidden() {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"quản lý token cần đăng nhập bằng mật khẩu, không dùng token"));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}
}
