package cn.beianbridge.support;

import org.springframework.boot.builder.SpringApplicationBuilder;

import cn.beianbridge.BeianBridgeApplication;

/** The application as a node in a JVM of its own ({@link SeparateNodes#victim}), on the suite's clock. */
public final class TestNode {

	private TestNode() {
	}

	public static void main(String[] args) {
		new SpringApplicationBuilder(BeianBridgeApplication.class).initializers(TestClock.initializer()).run(args);
	}

}
