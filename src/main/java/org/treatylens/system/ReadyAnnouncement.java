package org.treatylens.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says, in one line at the end of the start-up log, the address to open: among a hundred
 * lines of start-up log none said it before.
 */
@Component
class ReadyAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

	@EventListener
	void announce(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			log.info("TreatyLens is ready at {}",
					address(web.getWebServer().getPort(), event.getApplicationContext().getEnvironment()));
		}
	}

	static String address(int port, Environment environment) {
		String host = environment.getProperty("server.address", "localhost");
		if (host.equals("0.0.0.0") || host.equals("::")) {
			host = "localhost";
		}
		String contextPath = environment.getProperty("server.servlet.context-path", "");
		return "http://" + host + ":" + port + contextPath.replaceAll("/+$", "") + "/";
	}

}
