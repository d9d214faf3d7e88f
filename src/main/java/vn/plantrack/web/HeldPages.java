package vn.plantrack.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
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

	/** Stand-ins: letters and digits only, so that HTML escaping leaves them as they are; of equal length. */
	static final String CSRF_SLOT = "ptHeldCsrf0e9b7c2a41";

	static final String USER_SLOT = "ptHeldUser5d3f8a6b17";

	// looked up when a page is first rendered: a command-line run starts without a web context, so without views
	private final ObjectProvider<ThymeleafViewResolver> views;

	HeldPages(ObjectProvider<ThymeleafViewResolver> views) {
		this.views = views;
	}

	/**
	 * A rendered page held as UTF-8 bytes cut at the stand-ins: a request costs one copy of the page into its
	 * answer (at country scale the page lists 374 plans; replacing in the text and encoding it again per request
	 * made the page 3x slower than the overview API).
	 */
	static final class HeldPage {

		/** The page's pieces between stand-ins; slots[i] is the stand-in that follows pieces[i]. */
		private final byte[][] pieces;

		private final String[] slots;

		private final int length;

		HeldPage(String html) {
			java.util.List<byte[]> cut = new java.util.ArrayList<>();
			java.util.List<String> between = new java.util.ArrayList<>();
			int from = 0;
			while (true) {
				int csrf = html.indexOf(CSRF_SLOT, from);
				int user = html.indexOf(USER_SLOT, from);
				int at = csrf < 0 ? user : user < 0 ? csrf : Math.min(csrf, user);
				if (at < 0) {
					break;
				}
				cut.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
				between.add(at == csrf ? CSRF_SLOT : USER_SLOT);
				from = at + CSRF_SLOT.length(); // both stand-ins have the same length
			}
			cut.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
			this.pieces = cut.toArray(byte[][]::new);
			this.slots = between.toArray(String[]::new);
			this.length = cut.stream().mapToInt(b -> b.length).sum();
		}

		/** Its size in bytes without the filled-in values. */
		long length() {
			return length;
		}

		/** The page for this request: its user's name and its CSRF token (masked afresh per request). */
		byte[] fill(HttpServletRequest request, Authentication user) {
			CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			byte[] token = (csrf == null ? "" : HtmlUtils.htmlEscape(csrf.getToken())).getBytes(StandardCharsets.UTF_8);
			byte[] name = HtmlUtils.htmlEscape(user.getName()).getBytes(StandardCharsets.UTF_8);
			int size = length;
			for (String slot : slots) {
				size += CSRF_SLOT.equals(slot) ? token.length : name.length;
			}
			byte[] page = new byte[size];
			int at = 0;
			for (int i = 0; i < pieces.length; i++) {
				System.arraycopy(pieces[i], 0, page, at, pieces[i].length);
				at += pieces[i].length;
				if (i < slots.length) {
					byte[] value = CSRF_SLOT.equals(slots[i]) ? token : name;
					System.arraycopy(value, 0, page, at, value.length);
					at += value.length;
				}
			}
			return page;
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
			View view = views.getObject().resolveViewName(viewName, locale);
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
