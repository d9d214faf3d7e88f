package vn.plantrack.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Whole pages rendered once and served many times: the view (layout included) is rendered with stand-ins for
 * the only parts that belong to one request, the signed-in user's name and the CSRF token of the forms, and each
 * request gets the held text with its own values put in. The caller decides what the held page may be reused for
 * (it must depend on nothing else of the request: no request parameters, no flash attributes).
 */
@Component
class HeldPages {

	static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	/** Stand-ins: letters and digits only, so that HTML escaping leaves them as they are. */
	static final String CSRF_SLOT = "ptHeldCsrf0e9b7c2a41";

	static final String USER_SLOT = "ptHeldUser5d3f8a6b17";

	private final ThymeleafViewResolver views;

	HeldPages(ThymeleafViewResolver views) {
		this.views = views;
	}

	/** A rendered page with the stand-ins still in it. */
	record HeldPage(String html) {

		/** The page for this request: its user's name and its CSRF token (masked afresh per request). */
		String fill(HttpServletRequest request, Authentication user) {
			CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			return html.replace(CSRF_SLOT, csrf == null ? "" : HtmlUtils.htmlEscape(csrf.getToken()))
				.replace(USER_SLOT, HtmlUtils.htmlEscape(user.getName()));
		}
	}

	/** Renders the view as this user's request would, with the user name and the CSRF token left as stand-ins. */
	HeldPage render(String viewName, Map<String, Object> model, Authentication user, HttpServletRequest request,
			HttpServletResponse response) {
		SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
		SecurityContext actual = holder.getContext();
		SecurityContext standIn = holder.createEmptyContext();
		standIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(USER_SLOT, null, user.getAuthorities()));
		holder.setContext(standIn);
		try {
			Locale locale = RequestContextUtils.getLocale(request);
			View view = views.resolveViewName(viewName, locale);
			if (view == null) {
				throw new IllegalStateException("no view " + viewName);
			}
			Captured captured = new Captured(response);
			view.render(model, new WithCsrfStandIn(request), captured);
			captured.writer.flush();
			return new HeldPage(captured.body.toString());
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot render " + viewName, ex);
		}
		finally {
			holder.setContext(actual);
		}
	}

	/** The request as the view sees it, with a stand-in CSRF token for the forms. */
	private static final class WithCsrfStandIn extends HttpServletRequestWrapper {

		private static final CsrfToken STAND_IN = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", CSRF_SLOT);

		WithCsrfStandIn(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			if (CsrfToken.class.getName().equals(name) || "_csrf".equals(name)) {
				return STAND_IN;
			}
			return super.getAttribute(name);
		}
	}

	/** Keeps what the view writes instead of sending it; the real response is answered by the caller. */
	private static final class Captured extends HttpServletResponseWrapper {

		final StringWriter body = new StringWriter(16_384);

		final PrintWriter writer = new PrintWriter(body);

		Captured(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return writer;
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void flushBuffer() {
			writer.flush();
		}

		@Override
		public boolean isCommitted() {
			return false;
		}
	}
}
