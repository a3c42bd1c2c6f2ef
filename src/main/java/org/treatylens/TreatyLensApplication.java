package org.treatylens;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * TreatyLens: a treaty, article by article, beside what people wrote about it.
 */
@SpringBootApplication
public class TreatyLensApplication {

	public static void main(String[] args) {
		SpringApplication.run(TreatyLensApplication.class, args);
	}

}
