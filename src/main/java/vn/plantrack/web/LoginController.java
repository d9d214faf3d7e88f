package vn.plantrack.web;

import org.springframework.stereotype.Controller;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpServletRequest request, HttpServletResponse response) {
		DatabaseOutageAuthentication.markUnavailable(request, response);
		return "login";
	}
}
