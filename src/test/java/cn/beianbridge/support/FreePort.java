package cn.beianbridge.support;

import java.io.IOException;
import java.net.ServerSocket;

/**
 * A port free right now. Tests that need the application's port before it starts (the bureau gateways'
 * endpoints are built from {@code server.port}) choose one this way instead of a random port.
 */
public final class FreePort {

	private FreePort() {
	}

	public static int next() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
