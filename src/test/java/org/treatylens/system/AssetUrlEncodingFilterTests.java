package org.treatylens.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only links that name a file go through the resource chain (and get their content hash);
 * page links do not search the classpath.
 */
class AssetUrlEncodingFilterTests {

	@Test
	void onlyUrlsThatNameAFileAreLookedUpAsAssets() {
		assertThat(AssetUrlEncodingFilter.namesAFile("/css/app.css")).isTrue();
		assertThat(AssetUrlEncodingFilter.namesAFile("/js/app.js?v=1")).isTrue();
		assertThat(AssetUrlEncodingFilter.namesAFile("/favicon.svg")).isTrue();
		assertThat(AssetUrlEncodingFilter.namesAFile("/samples/commentary-sample.txt")).isTrue();
		assertThat(AssetUrlEncodingFilter.namesAFile("/articles/3?sources=a.b&para=2")).isFalse();
		assertThat(AssetUrlEncodingFilter.namesAFile("/articles/3#para-1")).isFalse();
		assertThat(AssetUrlEncodingFilter.namesAFile("/documents/stern-dpa-two-decades")).isFalse();
		assertThat(AssetUrlEncodingFilter.namesAFile("/")).isFalse();
	}

}
