package vn.plantrack.reporting;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates API calls carrying {@code Authorization: Bearer ptk_...}: the call acts as the token's
 * user with that user's role. A READ token may only read; an unknown or revoked token is refused outright
 * rather than treated as anonymous. Not a Spring bean on purpose: it runs only in the API security chain.
 */
public class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	/** Request attribute set on calls authenticated by a token (token management refuses them). */
	public static final String TOKEN_ATTRIBUTE = "plantrack.apiToken";

	private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	private final ApiTokens tokens;

	public ApiTokenAuthenticationFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiTokens.Bearer> bearer;
		try {
			bearer = tokens.authenticate(header.substring(7).strip());
		}
		catch (DataAccessException ex) {
			// the database, not the token, failed: say so (503, retry later) instead of a server error or a 401
			// that would make a script drop a valid token
			response.setHeader("Retry-After", "30");
			refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Hệ thống tạm thời không kết nối được cơ sở dữ "
					+ "liệu nên chưa kiểm tra được token; vui lòng thử lại sau ít phút.");
			return;
		}
		if (bearer.isEmpty()) {
			refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "token không hợp lệ hoặc đã bị thu hồi");
			return;
		}
		if (bearer.get().scope() == ApiTokens.Scope.READ && !READ_METHODS.contains(request.getMethod())) {
			refuse(response, HttpServletResponse.SC_FORBIDDEN, "token chỉ có quyền đọc (READ)");
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(bearer.get().username(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + bearer.get().role())));
		authentication.setDetails(bearer.get());
		SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.getContextHolderStrategy().setContext(context);
		request.setAttribute(TOKEN_ATTRIBUTE, bearer.get().tokenId());
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.getContextHolderStrategy().clearContext();
		}
	}

	private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json;charset=UTF-8");
		response.getWriter().write("{\"status\":" + status + ",\"detail\":\"" + message + "\"}");
	}
}
