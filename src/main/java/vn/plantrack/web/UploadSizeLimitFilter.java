package vn.plantrack.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses an upload larger than the multipart limit before anything reads it, with a message naming the
 * limit (HTML for pages, problem JSON for the API). Without it the servlet container answers with its own
 * English error page, or the CSRF check fails first because the token sits in the unread body. Uploads sent
 * without a Content-Length (chunked) are still stopped by the container's limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class UploadSizeLimitFilter extends OncePerRequestFilter {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final DataSize limit;

	private final MessageSource messages;

	UploadSizeLimitFilter(@Value("${spring.servlet.multipart.max-request-size:10MB}") String limit,
			MessageSource messages) {
		this.limit = DataSize.parse(limit);
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length <= limit.toBytes()) {
			chain.doFilter(request, response);
			return;
		}
		long megabytes = Math.max(1, limit.toMegabytes());
		String message = messages.getMessage("upload.error.tooLarge", new Object[] { megabytes }, VIETNAMESE);
		response.setStatus(413);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"title\":\"Payload Too Large\",\"status\":413,\"detail\":\"" + message.replace("\"", "'") + "\"}");
			return;
		}
		response.setContentType("text/html");
		String title = escape(messages.getMessage("upload.error.tooLargeTitle", null, VIETNAMESE));
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title
					+ " · PlanTrack</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><main><h1>" + title
					+ "</h1><p class=\"error\" role=\"alert\">" + escape(message) + "</p><p><a href=\"/\">"
					+ escape(messages.getMessage("upload.error.back", null, VIETNAMESE))
					+ "</a></p></main></body></html>");
	}

	/** Escapes markup only; Vietnamese letters stay as they are (the page is UTF-8). */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}
}
