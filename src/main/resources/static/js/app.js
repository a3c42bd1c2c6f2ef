// Small enhancements only: every page reads fine without JavaScript.
(function () {
	'use strict';
	// Keyboard: "[" and "]" follow the page's rel=prev / rel=next links (article to article), "/" focuses search.
	document.addEventListener('keydown', function (event) {
		var target = event.target;
		if (event.altKey || event.ctrlKey || event.metaKey || (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))) {
			return;
		}
		if (event.key === '/') {
			var box = document.getElementById('site-search');
			if (box) { event.preventDefault(); box.focus(); }
		} else if (event.key === '[' || event.key === ']') {
			var link = document.querySelector(event.key === '[' ? 'a[rel="prev"]' : 'a[rel="next"]');
			if (link) { window.location.href = link.href; }
		}
	});
})();
