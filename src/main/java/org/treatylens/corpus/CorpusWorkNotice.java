package org.treatylens.corpus;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.treatylens.system.SettledCorpus;

/**
 * Every page says so while corpus jobs are waiting ({@code corpusWork} in the layout): a
 * corpus still being linked and indexed is never shown as if it were complete. Only pages
 * pay for the count, not the JSON API or redirects.
 */
@Configuration(proxyBeanMethods = false)
class CorpusWorkNotice implements WebMvcConfigurer {

	private final ObjectProvider<CorpusJobs> jobs;

	CorpusWorkNotice(ObjectProvider<CorpusJobs> jobs) {
		this.jobs = jobs;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView page) {
				CorpusJobs queue = CorpusWorkNotice.this.jobs.getIfAvailable();
				if (queue == null || page == null || page.getViewName() == null
						|| page.getViewName().startsWith("redirect:")) {
					return;
				}
				if (request.getAttribute(SettledCorpus.REQUEST_ATTRIBUTE) instanceof OptionalLong settled
						&& settled.isPresent()) {
					// nothing waited when the request began (the page cache asked)
					return;
				}
				long waiting = queue.unfinished();
				if (waiting > 0) {
					page.addObject("corpusWork", sentence(waiting));
				}
			}
		});
	}

	static String sentence(long waiting) {
		return "Linking in progress: " + waiting
				+ ((waiting == 1) ? " change to the corpus is" : " changes to the corpus are")
				+ " still being linked and indexed, so links and search results may be incomplete for a moment.";
	}

}
