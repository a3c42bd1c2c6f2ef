package org.treatylens.corpus;

import org.treatylens.commentary.SourcesChanged;
import org.treatylens.treaty.TreatyChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the treaty and commentary modules that what they cache changed, in their own
 * terms: every {@link CorpusChanged} (import, replacement, edit, hiding, deletion)
 * changes the source list, and one with {@code treatyChanged} the treaty. Relayed inside
 * the change's transaction, so that their caches are dropped when it commits, not before.
 */
@Component
class CorpusChangeRelay {

	private final ApplicationEventPublisher events;

	CorpusChangeRelay(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(CorpusChanged change) {
		if (change.treatyChanged()) {
			this.events.publishEvent(new TreatyChanged());
		}
		this.events.publishEvent(new SourcesChanged());
	}

}
