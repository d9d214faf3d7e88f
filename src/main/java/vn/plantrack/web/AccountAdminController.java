package vn.plantrack.web;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.plantrack.registry.AccountAdministration;
import vn.plantrack.registry.AccountChangeRefusedException;
import vn.plantrack.registry.PasswordPolicy;
import vn.plantrack.registry.Role;

/**
 * One account, for an ADMIN: disable or enable it, change its role and agency, reset its password
 * ({@link AccountAdministration} holds the rules). A refusal shows the page again with the message at the field.
 */
@Controller
class AccountAdminController {

	private final AccountAdministration accounts;

	private final JdbcClient jdbc;

	AccountAdminController(AccountAdministration accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/users/{username}")
	String account(@PathVariable String username, Model model) {
		return render(username, model);
	}

	@PostMapping("/admin/users/{username}/enabled")
	String setEnabled(@PathVariable String username, @RequestParam(defaultValue = "false") boolean enabled,
			Principal admin, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			accounts.setEnabled(username, enabled, admin.getName());
		}
		catch (AccountChangeRefusedException ex) {
			return refused(username, ex, model, response);
		}
		return done(username, enabled ? "admin.user.enabledDone" : "admin.user.disabledDone", redirect);
	}

	@PostMapping("/admin/users/{username}/role")
	String changeRole(@PathVariable String username, @RequestParam(required = false) String role,
			@RequestParam(required = false) Long agencyId, Principal admin, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			accounts.changeRole(username, AccountChoices.role(role), agencyId, admin.getName());
		}
		catch (AccountChangeRefusedException ex) {
			model.addAttribute("chosenRole", role);
			model.addAttribute("chosenAgency", agencyId);
			return refused(username, ex, model, response);
		}
		return done(username, "admin.user.roleChanged", redirect);
	}

	@PostMapping("/admin/users/{username}/password")
	String resetPassword(@PathVariable String username, @RequestParam(required = false) String newPassword,
			Principal admin, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			accounts.resetPassword(username, newPassword, admin.getName());
		}
		catch (AccountChangeRefusedException ex) {
			return refused(username, ex, model, response);
		}
		return done(username, "admin.user.passwordReset", redirect);
	}

	private static String done(String username, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		redirect.addFlashAttribute("messageArg", username);
		return "redirect:/admin/users/" + username;
	}

	// 422 with the page: the refusal is shown at its field (the user name's refusals above the forms)
	private String refused(String username, AccountChangeRefusedException ex, Model model, HttpServletResponse response) {
		if (ex.reason() == AccountChangeRefusedException.Reason.NO_SUCH_USER) {
			throw new NotFoundException("account " + username);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("errorField", ex.field());
		model.addAttribute("errorKey", ex.messageKey());
		model.addAttribute("errorArg", PasswordPolicy.MIN_LENGTH);
		return render(username, model);
	}

	private String render(String username, Model model) {
		AccountAdministration.Managed account = accounts.find(username).orElseThrow(() -> new NotFoundException("account " + username));
		model.addAttribute("account", account);
		model.addAttribute("agencyName", account.agencyId() == null ? null
				: jdbc.sql("SELECT name FROM agency WHERE id = ?").param(account.agencyId()).query(String.class).optional()
					.orElse(null));
		model.addAttribute("roles", Role.values());
		if (!model.containsAttribute("chosenRole")) {
			model.addAttribute("chosenRole", account.role().name());
			model.addAttribute("chosenAgency", account.agencyId());
		}
		model.addAttribute("agencies", AccountChoices.activeAgencies(jdbc));
		return "admin/user";
	}
}
