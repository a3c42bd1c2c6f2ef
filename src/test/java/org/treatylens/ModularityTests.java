package org.treatylens;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages are modules: a dependency cycle or a reach into another module's
 * internals fails the build.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TreatyLensApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

}
