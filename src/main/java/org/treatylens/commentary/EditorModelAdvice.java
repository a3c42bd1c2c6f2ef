package org.treatylens.commentary;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page {@code editor}: whether the person reading is an editor, so a page
 * shows the curation controls (review, edit, accept or reject a link) only to them. The
 * controls are a convenience: the security rules decide what a request may change.
 */
@ControllerAdvice(annotations = Controller.class)
class EditorModelAdvice {

	@ModelAttribute("editor")
	boolean editor(HttpServletRequest request) {
		return EditorAccess.isEditor(request);
	}

}
