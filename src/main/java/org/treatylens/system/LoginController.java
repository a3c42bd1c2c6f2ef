package org.treatylens.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The editors' sign-in page; Spring Security handles the form it posts.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "system/login";
	}

}
