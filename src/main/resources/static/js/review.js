// Link review: one key per decision. Every control is an ordinary button or link with a data-key; the key clicks
// it (so the page works the same with a mouse, a keyboard's Tab and Enter, or without JavaScript).
(function () {
	'use strict';
	document.addEventListener('keydown', function (event) {
		var target = event.target;
		if (event.altKey || event.ctrlKey || event.metaKey || event.repeat
				|| (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))) {
			return;
		}
		var control = document.querySelector('[data-key="' + event.key.toLowerCase() + '"]');
		if (control) {
			event.preventDefault();
			control.click();
		}
	});
})();
