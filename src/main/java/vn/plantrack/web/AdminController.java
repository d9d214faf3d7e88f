package vn.plantrack.web;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.plantrack.registry.AccountAdministration;
import vn.plantrack.registry.AuditChain;
import vn.plantrack.registry.PasswordPolicy;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;

/** Accounts (ADMIN) and the audit trail with its hash-chain check (ADMIN, MONITOR). */
@Controller
class AdminController {

	// rule: user names are short, lower-case Latin letters, digits, dot, dash or underscore
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");

	private final UserAccounts users;

	private final AuditChain chain;

	private final JdbcClient jdbc;

	private final AccountAdministration accounts;

	AdminController(UserAccounts users, AuditChain chain, JdbcClient jdbc, AccountAdministration accounts) {
		this.accounts = accounts;
		this.users = users;
		this.chain = chain;
		this.jdbc = jdbc;
	}

	record UserLine(String username, String role, String agency, boolean enabled, OffsetDateTime createdAt) {
	}

	record AuditLine(long id, OffsetDateTime at, String actor, String action, String entity, String entityId,
			String after) {
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("form", new UserForm());
		return renderUsers(model);
	}

	@PostMapping("/admin/users")
	String createUser(@ModelAttribute("form") UserForm form, BindingResult errors, Principal principal, Model model,
			RedirectAttributes redirect) {
		String username = form.getUsername() == null ? "" : form.getUsername().strip();
		if (!USERNAME.matcher(username).matches()) {
			errors.rejectValue("username", "admin.user.error.username");
		}
		// a disabled account still holds its name (users.account sees enabled accounts only)
		else if (accounts.find(username).isPresent()) {
			errors.rejectValue("username", "admin.user.error.taken", new Object[] { username }, null);
		}
		PasswordPolicy.violation(username, form.getPassword())
			.ifPresent(rule -> errors.rejectValue("password", rule.messageKey(), new Object[] { PasswordPolicy.MIN_LENGTH },
					null));
		Role role = AccountChoices.role(form.getRole());
		if (role == null) {
			errors.rejectValue("role", "admin.user.error.role");
		}
		else if (role == Role.REPORTER && form.getAgencyId() == null) {
			errors.rejectValue("agencyId", "admin.user.error.agency");
		}
		if (errors.hasErrors()) {
			form.setPassword(null);
			return renderUsers(model);
		}
		users.create(username, form.getPassword(), role, role == Role.REPORTER ? form.getAgencyId() : null,
				principal.getName());
		redirect.addFlashAttribute("message", "admin.user.created");
		redirect.addFlashAttribute("messageArg", username);
		return "redirect:/admin/users";
	}

	@GetMapping("/audit")
	String audit(Model model) {
		model.addAttribute("verification", chain.verify());
		model.addAttribute("events", jdbc.sql("""
				SELECT id, occurred_at, actor, action, entity, entity_id, after_state FROM audit_event
				ORDER BY id DESC LIMIT 200""")
			.query((rs, n) -> new AuditLine(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
					rs.getString("actor"), rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"),
					rs.getString("after_state")))
			.list());
		return "admin/audit";
	}

	private String renderUsers(Model model) {
		model.addAttribute("users", jdbc.sql("""
				SELECT u.username, u.role, a.name AS agency, u.enabled, u.created_at FROM app_user u
				LEFT JOIN agency a ON a.id = u.agency_id ORDER BY u.username""")
			.query((rs, n) -> new UserLine(rs.getString("username"), rs.getString("role"), rs.getString("agency"),
					rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class)))
			.list());
		model.addAttribute("roles", Role.values());
		model.addAttribute("agencies", AccountChoices.activeAgencies(jdbc));
		return "admin/users";
	}
}
