package vn.plantrack.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.plantrack.registry.ChangeStamp;
import vn.plantrack.shared.concurrent.HeldByVersion;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.StatusClass;
import vn.plantrack.web.HeldPages.HeldPage;

/**
 * Plan pages (whole, or the tree alone for htmx) rendered once and served until any data moves or the day turns,
 * like the overview: rendering was 83 % of a plan page's CPU (JFR, session 6), about 13 ms per request at the small
 * size. Held per plan, filter, viewer (role and agency: a REPORTER sees its own agency's tasks only), authorities
 * and language; the user name and the CSRF token are filled in per request ({@link HeldPages}). Memory is bounded
 * by the bytes held ({@code plantrack.web.plan-page-cache-mb}, 0 turns holding off), least recently used out.
 */
@Component
class HeldPlanPages {

	/** Everything a plan page depends on besides the data and the day. */
	record Key(long documentId, Actor viewer, Set<String> authorities, Locale locale, Long agency, StatusClass status,
			Integer year, boolean treeOnly) {
	}

	/** Read before the page's data: a change committed meanwhile leaves an older stamp, so the page is redone. */
	private record Version(ChangeStamp.Stamp stamp, LocalDate day) {
	}

	private final ChangeStamp changes;

	private final TaskRows tasks;

	private final HeldPages pages;

	private final HeldByVersion<Key, HeldPage> held;

	HeldPlanPages(ChangeStamp changes, TaskRows tasks, HeldPages pages,
			@Value("${plantrack.web.plan-page-cache-mb:32}") long capacityMb) {
		this.changes = changes;
		this.tasks = tasks;
		this.pages = pages;
		this.held = new HeldByVersion<>(capacityMb * 1024 * 1024, HeldPage::length);
	}

	/**
	 * The page for this request: the held one while nothing changed, else {@code model}'s rendered (and held unless
	 * {@code once}: a page showing a flash message belongs to one request). Requests for the same page arriving
	 * while it is rendered wait for that rendering.
	 */
	byte[] page(Key key, boolean once, String viewName, Supplier<Map<String, Object>> model, Authentication user,
			HttpServletRequest request, HttpServletResponse response) {
		Supplier<HeldPage> render = () -> pages.render(viewName, model.get(), user, request, response);
		HeldPage page = !held.holds() || once ? render.get()
				: held.answer(key, new Version(changes.current(), tasks.today()), render);
		return page.fill(request, user);
	}
}
