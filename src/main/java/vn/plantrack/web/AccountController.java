package vn.plantrack.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.plantrack.registry.PasswordPolicy;
import vn.plantrack.registry.UserAccounts;

/** A signed-in user changes its own password: the current one first, then a new one the policy accepts. */
@Controller
class AccountController {

	private final UserAccounts users;

	AccountController(UserAccounts users) {
		this.users = users;
	}

	/** The password form as the user fills it in. */
	public static class PasswordForm {

		private String currentPassword;

		private String newPassword;

		public String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordForm());
		return "account/password";
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute("form") PasswordForm form, BindingResult errors, Principal principal,
			RedirectAttributes redirect) {
		PasswordPolicy.violation(principal.getName(), form.getNewPassword())
			.ifPresent(rule -> errors.rejectValue("newPassword", rule.messageKey(),
					new Object[] { PasswordPolicy.MIN_LENGTH }, null));
		if (!errors.hasErrors()
				&& !users.changePassword(principal.getName(), form.getCurrentPassword(), form.getNewPassword(),
						principal.getName())) {
			errors.rejectValue("currentPassword", "account.password.error.current");
		}
		if (errors.hasErrors()) {
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			return "account/password";
		}
		redirect.addFlashAttribute("message", "account.password.changed");
		return "redirect:/account/password";
	}
}
