// Small enhancements only: every page reads fine without JavaScript.
(function () {
	'use strict';
	// Keyboard: "[" and "]" follow the page's rel=prev / rel=next links (article to article), "/" focuses search,
	// and a control marked data-key="x" (the review queue's accept / reject / skip) is clicked by its key, so the
	// page works the same with a mouse, Tab and Enter, or without JavaScript.
	document.addEventListener('keydown', function (event) {
		var target = event.target;
		if (event.altKey || event.ctrlKey || event.metaKey || (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))) {
			return;
		}
		var control = event.key.length === 1 && document.querySelector('[data-key="' + event.key.toLowerCase() + '"]');
		if (control) {
			event.preventDefault();
			if (!event.repeat) { control.click(); }
		} else if (event.key === '/') {
			var box = document.getElementById('search-query') || document.getElementById('site-search');
			if (box) { event.preventDefault(); box.focus(); }
		} else if (event.key === '[' || event.key === ']') {
			var link = document.querySelector(event.key === '[' ? 'a[rel="prev"]' : 'a[rel="next"]');
			if (link) { window.location.href = link.href; }
		}
	});

	// "Copy citation": the citation is on the page already (in a details element), in the element just before the
	// button's line; this only copies it.
	document.querySelectorAll('.js-copy').forEach(function (button) {
		button.hidden = false;
		button.addEventListener('click', function () {
			var text = button.parentNode.previousElementSibling.textContent;
			var status = button.parentNode.querySelector('.copy-status');
			var done = function (message) { if (status) { status.textContent = message; } };
			if (navigator.clipboard && window.isSecureContext) {
				navigator.clipboard.writeText(text).then(function () { done('Copied'); }, function () { done('Select the text above to copy it'); });
			} else {
				done('Select the text above to copy it');
			}
		});
	});

	// Compare view: as many grid columns as sources. Set through the CSSOM because the CSP forbids style attributes.
	document.querySelectorAll('.columns[data-columns]').forEach(function (grid) {
		grid.style.setProperty('--columns', grid.getAttribute('data-columns'));
	});

	// A table wider than its box says so (a cue above it and a shadow on the hidden side), and stops saying so once scrolled to the end.
	document.querySelectorAll('.table-scroll').forEach(function (box) {
		var cue = document.getElementById(box.getAttribute('aria-describedby'));
		var update = function () {
			var more = box.scrollWidth - box.clientWidth - box.scrollLeft > 2;
			box.classList.toggle('is-scrollable', more);
			if (cue) { cue.hidden = box.scrollWidth <= box.clientWidth + 2; }
		};
		box.addEventListener('scroll', update, { passive: true });
		window.addEventListener('resize', update);
		update();
	});

	// Compare view on a phone: one source at a time, chosen with the switcher's buttons (without the script the columns stack).
	var switcher = document.querySelector('.column-switcher');
	var columns = document.querySelector('.columns');
	if (switcher && columns) {
		switcher.hidden = false;
		columns.classList.add('is-switched');
		var buttons = switcher.querySelectorAll('button[data-column]');
		var show = function (id) {
			buttons.forEach(function (button) {
				var on = button.getAttribute('data-column') === id;
				button.setAttribute('aria-pressed', on ? 'true' : 'false');
				var title = document.getElementById(button.getAttribute('data-column'));
				if (title) { title.closest('.column').classList.toggle('is-active', on); }
			});
		};
		buttons.forEach(function (button) {
			button.addEventListener('click', function () { show(button.getAttribute('data-column')); });
		});
		if (buttons.length) { show(buttons[0].getAttribute('data-column')); }
	}

	// Compare view: columns scroll together while "Sync scroll" is checked (proportionally, as they differ in length).
	var sync = document.getElementById('sync-scroll');
	var bodies = document.querySelectorAll('.column__body');
	if (sync && bodies.length > 1) {
		sync.closest('.sync-control').hidden = false;
		var leader = null;
		bodies.forEach(function (body) {
			body.addEventListener('scroll', function () {
				if (!sync.checked || (leader && leader !== body)) { return; }
				leader = body;
				var range = body.scrollHeight - body.clientHeight;
				var ratio = range > 0 ? body.scrollTop / range : 0;
				bodies.forEach(function (other) {
					if (other !== body) { other.scrollTop = ratio * (other.scrollHeight - other.clientHeight); }
				});
				window.requestAnimationFrame(function () { leader = null; });
			});
		});
	}
})();
