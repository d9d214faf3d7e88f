package vn.plantrack.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A login that fails because the database cannot be reached is not a wrong password: the API answers 503 with a
 * problem detail and the login form says the system cannot reach its database, so a user does not start doubting
 * the password (and a script does not give up on good credentials). Spring Security publishes such a failure as a
 * service exception, not as bad credentials, so it never counts towards the lockout either.
 */
final class DatabaseOutageAuthentication {

	static final String DETAIL = "Hệ thống tạm thời không kết nối được cơ sở dữ liệu nên chưa kiểm tra được thông tin "
			+ "đăng nhập; vui lòng thử lại sau ít phút.";

	/** Seconds a client should wait before trying again. */
	static final String RETRY_AFTER = "30";

	/** The login page's query parameter that shows the outage message (with status 503). */
	static final String PAGE_PARAMETER = "unavailable";

	private DatabaseOutageAuthentication() {
	}

	/** HTTP Basic on the API: 503 for an outage, else the usual 401 challenge. */
	static AuthenticationEntryPoint api() {
		BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
		challenge.setRealmName("Realm");
		challenge.afterPropertiesSet();
		return (request, response, failure) -> {
			if (causedByDatabase(failure)) {
				unavailable(response);
			}
			else {
				challenge.commence(request, response, failure);
			}
		};
	}

	/**
	 * The login form: back to the form with the outage message, else with the usual error. The outage redirect
	 * touches no HTTP session: sessions live in the same unreachable database.
	 */
	static AuthenticationFailureHandler page() {
		AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, failure) -> {
			if (causedByDatabase(failure)) {
				response.sendRedirect(request.getContextPath() + "/login?" + PAGE_PARAMETER);
			}
			else {
				wrongPassword.onAuthenticationFailure(request, response, failure);
			}
		};
	}

	/** The user lookup failed inside the database layer (no connection, pool timed out, database gone). */
	static boolean causedByDatabase(AuthenticationException failure) {
		if (!(failure instanceof InternalAuthenticationServiceException)) {
			return false;
		}
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessException || cause instanceof SQLException) {
				return true;
			}
		}
		return false;
	}

	private static void unavailable(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", RETRY_AFTER);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
				+ "\"detail\":\"" + DETAIL + "\"}");
	}

	/** For the login page controller: the status to answer the outage message with. */
	static void markUnavailable(HttpServletRequest request, HttpServletResponse response) {
		if (request.getParameterMap().containsKey(PAGE_PARAMETER)) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader("Retry-After", RETRY_AFTER);
		}
	}
}
