package cn.beianbridge.support;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cn.beianbridge.bureau.BureauReturn;

/**
 * Peers that send what no honest peer would, generated as they are sent, so the test's own heap holds none of it:
 * bureaus at {@code /bureau/<code>} (an oversized reply, a zip bomb, a DOCTYPE, a reply nested 100,000 deep) and a
 * console at {@code /console} whose every page holds 10,000 filings of about 100 KB (a gigabyte).
 */
public final class HostilePeers {

	public enum Bureau {

		/** Every reply is 1 GB of SOAP. */
		OVERSIZED_REPLY,
		/** isp_download hands out one file whose zip holds 1 GB of zeros (1 MB packed); acknowledgements are taken. */
		ZIP_BOMB,
		/** Every reply declares a DTD with an entity. */
		DOCTYPE_REPLY,
		/** Every reply nests 10,000 elements in its {@code <return>}. */
		DEEP_REPLY

	}

	private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";

	private static final long GIGABYTE = 1L << 30;

	private final HttpServer server;

	private final Map<String, Bureau> bureaus = new ConcurrentHashMap<>();

	private final ZipBomb bomb = new ZipBomb();

	public HostilePeers() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.setExecutor(Executors.newFixedThreadPool(8));
		server.createContext("/bureau/", this::bureau);
		server.createContext("/console/", this::console);
		server.start();
	}

	public HostilePeers bureau(String province, Bureau behaviour) {
		bureaus.put(province, behaviour);
		return this;
	}

	/** The endpoint to configure as {@code bridge.provinces.<code>.gateway.endpoint}. */
	public String bureauEndpoint(String province) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/bureau/" + province;
	}

	/** The base URL to configure as {@code bridge.console.base-url}. */
	public String consoleUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/console";
	}

	public void stop() {
		server.stop(0);
	}

	/** A drop-folder file of 100 MB: an array of valid filings, written aside and moved in whole. */
	public static void hundredMegabyteDropFile(Path file) throws IOException {
		String filing = FilingJson.aFirstFiling().withConsoleFilingId("HOSTILE-DROP").build().toString();
		Path part = file.resolveSibling(file.getFileName() + ".part");
		try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
			out.write("[");
			for (long written = 0; written < 100L << 20; written += filing.length() + 1) {
				out.write(filing);
				out.write(",");
			}
			out.write(filing + "]");
		}
		Files.move(part, file);
	}

	private void bureau(HttpExchange exchange) throws IOException {
		String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String province = exchange.getRequestURI().getPath().split("/")[2];
		String operation = request.contains("isp_downloadack") ? "isp_downloadack"
				: request.contains("isp_download") ? "isp_download" : "isp_other";
		exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
		exchange.sendResponseHeaders(200, 0);
		try (OutputStream out = exchange.getResponseBody()) {
			switch (bureaus.getOrDefault(province, Bureau.OVERSIZED_REPLY)) {
				case OVERSIZED_REPLY -> {
					write(out, envelopeStart(operation) + "<return>");
					byte[] chunk = "A".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
					for (long sent = 0; sent < GIGABYTE; sent += chunk.length) {
						out.write(chunk);
					}
					write(out, "</return>" + envelopeEnd(operation));
				}
				case ZIP_BOMB -> write(out, envelope(operation, operation.equals("isp_download")
						? new BureauReturn(1, "ok", new BureauReturn.FileInfo(0, 0, 0, province + "BAJGBOMB1",
								bomb.base64(), bomb.md5Base64(), null), List.of()).toXml()
						: BureauReturn.of(0, "ok").toXml()));
				case DOCTYPE_REPLY -> write(out, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">"
						+ "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
						+ envelope(operation, BureauReturn.of(0, "&b;").toXml()));
				case DEEP_REPLY -> {
					write(out, envelopeStart(operation) + "<return>");
					write(out, "<a>".repeat(10_000) + "</a>".repeat(10_000));
					write(out, "</return>" + envelopeEnd(operation));
				}
			}
		}
		catch (IOException peerGaveUp) {
			// the bridge stopped reading: what a capped reader does
		}
	}

	private void console(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, 0);
		String padding = "x".repeat(100_000);
		try (OutputStream out = exchange.getResponseBody()) {
			write(out, "{\"items\": [");
			for (int i = 0; i < 10_000; i++) {
				write(out, (i == 0 ? "" : ",") + "{\"consoleFilingId\": \"HOSTILE-" + i + "\", \"remarks\": \"" + padding
						+ "\"}");
			}
			write(out, "], \"nextCursor\": \"hostile-end\"}");
		}
		catch (IOException peerGaveUp) {
			// the bridge stopped reading
		}
	}

	private static String envelope(String operation, String returnText) {
		return envelopeStart(operation) + "<return>" + returnText.replace("&", "&amp;").replace("<", "&lt;")
			.replace(">", "&gt;") + "</return>" + envelopeEnd(operation);
	}

	private static String envelopeStart(String operation) {
		return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_11 + "\"><soapenv:Body><ns:" + operation
				+ "Response xmlns:ns=\"http://beian.miit.gov.cn/isp\">";
	}

	private static String envelopeEnd(String operation) {
		return "</ns:" + operation + "Response></soapenv:Body></soapenv:Envelope>";
	}

	private static void write(OutputStream out, String text) throws IOException {
		out.write(text.getBytes(StandardCharsets.UTF_8));
	}

	/** A zip of one entry, 1 GB of zeros, packed once (about 1 MB) and kept as Base64. */
	private static final class ZipBomb {

		private volatile String base64;

		private volatile String md5;

		String base64() {
			pack();
			return base64;
		}

		String md5Base64() {
			pack();
			return md5;
		}

		private synchronized void pack() {
			if (base64 != null) {
				return;
			}
			try {
				ByteArrayOutputStream zip = new ByteArrayOutputStream();
				try (ZipOutputStream out = new ZipOutputStream(zip)) {
					ZipEntry entry = new ZipEntry("beianinfo.xml");
					entry.setTimeLocal(LocalDateTime.of(2026, 11, 30, 10, 0));
					out.putNextEntry(entry);
					byte[] zeros = new byte[1 << 20];
					for (int i = 0; i < 1024; i++) {
						out.write(zeros);
					}
					out.closeEntry();
				}
				byte[] bytes = zip.toByteArray();
				md5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
				base64 = Base64.getEncoder().encodeToString(bytes);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
