package org.treatylens.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.treatylens.system.PostgresBinaries.Platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The embedded PostgreSQL knows the platforms whose builds the app ships, finds each
 * build on the classpath, fails clearly anywhere else, and ships nothing more.
 */
class PostgresBinariesTests {

	@Test
	void linuxAndMacOnX8664AndArm64HaveTheirOwnBuildOnTheClasspath() throws Exception {
		List<Platform> platforms = List.of(Platform.of("Linux", "amd64"), Platform.of("Linux", "aarch64"),
				Platform.of("Mac OS X", "x86_64"), Platform.of("Mac OS X", "aarch64"));
		assertThat(platforms).extracting(Platform::archive)
			.containsExactly("postgres-linux-x86_64.txz", "postgres-linux-arm_64.txz", "postgres-darwin-x86_64.txz",
					"postgres-darwin-arm_64.txz");
		for (Platform platform : platforms) {
			// an xz stream starts with FD 37 7A 58 5A 00
			assertThat(PostgresBinaries.archive(platform)).as(platform.archive())
				.startsWith((byte) 0xFD, (byte) '7', (byte) 'z', (byte) 'X', (byte) 'Z');
		}
	}

	@Test
	void otherPlatformsAreRefusedWithWhatToDoInstead() {
		for (String[] other : new String[][] { { "Windows 11", "amd64" }, { "Linux", "ppc64le" },
				{ "FreeBSD", "amd64" } }) {
			assertThatIllegalStateException().isThrownBy(() -> Platform.of(other[0], other[1]))
				.withMessageContaining("runs on Linux and macOS, on x86-64 or arm64")
				.withMessageContaining(other[0] + " on " + other[1])
				.withMessageContaining("SPRING_DATASOURCE_URL");
		}
	}

	@Test
	void noBuildForAnUnsupportedPlatformIsShipped() {
		ClassLoader classes = getClass().getClassLoader();
		for (String unwanted : List.of("postgres-windows-x86_64.txz", "postgres-linux-x86_64-alpine_linux.txz")) {
			assertThat(classes.getResource(unwanted)).as(unwanted).isNull();
		}
	}

}
