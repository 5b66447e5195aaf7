package cn.beianbridge.bureau;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.ToLongFunction;
import java.util.zip.Deflater;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Attachment;
import cn.beianbridge.filing.FilingDocument.AttachmentOwner;
import cn.beianbridge.filing.FilingDocument.AttachmentPurpose;
import cn.beianbridge.filing.FilingType;

/**
 * Packing throughput on 1,000 realistic first filings (two websites, three JPEG-like attachments of 30–100 KB
 * each), in the upload files the splitter makes of them, beside the raw JDK doing Deflater + MD5 + Base64
 * (+ AES) on the same XML bytes; then the share of the schema validation in one file of 1,000 records with smaller
 * attachments. Figures are MB (10^6 bytes) of XML per second, median of the measured runs after warm-up. Not a
 * test: run it by hand from the project root:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) cn.beianbridge.bureau.PackingBenchmark [warmups] [runs]
 * </pre>
 */
public final class PackingBenchmark {

	private static final BureauKey KEY = BureauKey.fromText("K7f3Qm9Zp2Lx8Wc1", "Iv0123456789abcd");

	public static void main(String[] args) throws Exception {
		int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 1;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		List<UploadRecord> records = records(1000, new Random(7));
		UploadDocumentWriter writer = new UploadDocumentWriter(ConfiguredCodeTables.load());
		PayloadCodec plain = PayloadCodec.plaintext();
		PayloadCodec aes = PayloadCodec.aes(KEY);
		UploadPlan plan = new UploadFileSplitter(writer, plain, UploadLimits.BUREAU, Clock.systemUTC()).split("33", "1",
				records);
		List<List<UploadItem>> files = plan.files().stream().map(UploadPlan.UploadFile::records).toList();
		List<byte[]> documents = files.stream().map(file -> writer.write("1", file)).toList();
		long xmlBytes = documents.stream().mapToLong(document -> document.length).sum();
		System.out.printf("%d records in %d upload files, %.1f MB of XML, %.1f MB zipped (largest file %.1f MB)%n",
				records.size(), files.size(), xmlBytes / 1e6,
				plan.files().stream().mapToLong(file -> file.payload().zipBytes()).sum() / 1e6,
				plan.files().stream().mapToLong(file -> file.payload().zipBytes()).max().orElse(0) / 1e6);
		System.out.printf("%d warm-up and %d measured runs each; MB of XML per second (median)%n%n", warmups, runs);

		Bench bench = new Bench(warmups, runs, xmlBytes);
		bench.run("build XML only (UploadDocumentWriter)", files, file -> writer.write("1", file).length);
		bench.run("build + zip + hash + Base64", files, file -> plain.pack(writer.write("1", file)).zipBytes());
		bench.run("build + zip + hash + AES + Base64", files, file -> aes.pack(writer.write("1", file)).zipBytes());
		bench.run("streamed: build → zip + hash + Base64", files,
				file -> plain.pack("f", 0, out -> writer.write("1", file, out)).zipBytes());
		bench.run("streamed: build → zip + hash + AES + Base64", files,
				file -> aes.pack("f", 0, out -> writer.write("1", file, out)).zipBytes());
		bench.run("validate read back from the AES payload", files,
				file -> UploadDocumentCheck.breakingRecords(aes.document(aes.pack("f", 0,
						out -> writer.write("1", file, out))), file).size());
		bench.run("validate against upload-data.xsd", documents,
				document -> BureauSchema.UPLOAD_DATA.check(document).size());
		bench.run("PayloadCodec.pack, plaintext", documents, document -> plain.pack(document).zipBytes());
		bench.run("PayloadCodec.pack, AES", documents, document -> aes.pack(document).zipBytes());
		bench.run("raw JDK: Deflater + MD5 + Base64", documents, document -> rawJdk(document, false));
		bench.run("raw JDK: Deflater + MD5 + AES + Base64", documents, document -> rawJdk(document, true));
		bench.run("UploadFileSplitter end to end, plaintext", List.of(records),
				all -> new UploadFileSplitter(writer, plain, UploadLimits.BUREAU, Clock.systemUTC()).split("33", "1", all)
					.files()
					.size());

		// The validation's share in one full file: 1,000 records whose attachments are small enough to fit one file.
		List<UploadRecord> oneFile = records(1000, new Random(11), 8_000, 12_000);
		byte[] document = writer.write("1", oneFile);
		System.out.printf("%nOne file of %d records (three attachments of 8-12 KB each): %.1f MB of XML, %d file(s)%n",
				oneFile.size(), document.length / 1e6,
				new UploadFileSplitter(writer, plain, UploadLimits.BUREAU, Clock.systemUTC()).split("33", "1", oneFile)
					.files()
					.size());
		Bench single = new Bench(warmups, runs, document.length);
		single.run("build XML (UploadDocumentWriter)", List.of(oneFile), file -> writer.write("1", file).length);
		single.run("validate against upload-data.xsd", List.of(document),
				xml -> BureauSchema.UPLOAD_DATA.check(xml).size());
		single.run("zip + hash + Base64 (PayloadCodec.pack)", List.of(document), xml -> plain.pack(xml).zipBytes());
		single.run("UploadFileSplitter end to end (validates)", List.of(oneFile),
				all -> new UploadFileSplitter(writer, plain, UploadLimits.BUREAU, Clock.systemUTC()).split("33", "1", all)
					.files()
					.size());
	}

	private static long rawJdk(byte[] document, boolean encrypt) {
		try {
			Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
			deflater.setInput(document);
			deflater.finish();
			ByteArrayOutputStream zipped = new ByteArrayOutputStream(document.length / 2);
			byte[] buffer = new byte[64 * 1024];
			while (!deflater.finished()) {
				zipped.write(buffer, 0, deflater.deflate(buffer));
			}
			deflater.end();
			byte[] zip = zipped.toByteArray();
			byte[] hash = MessageDigest.getInstance("MD5").digest(zip);
			if (encrypt) {
				Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
				cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY.key(), "AES"), new IvParameterSpec(KEY.iv()));
				zip = cipher.doFinal(zip);
			}
			return Base64.getEncoder().encodeToString(zip).length() + hash.length;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** First filings of two websites and three attachments each, drawn from a pool of distinct JPEG-like images. */
	static List<UploadRecord> records(int count, Random random) {
		return records(count, random, 30_000, 100_000);
	}

	static List<UploadRecord> records(int count, Random random, int smallest, int largest) {
		List<byte[]> pool = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			pool.add(SampleFilings.jpegLike(random, smallest + random.nextInt(largest - smallest + 1)));
		}
		List<UploadRecord> records = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<Attachment> attachments = List.of(
					SampleFilings.attachment(AttachmentPurpose.VERIFICATION_FORM, AttachmentOwner.WEBSITE, "w1",
							pool.get(random.nextInt(pool.size()))),
					SampleFilings.attachment(AttachmentPurpose.ENTITY_PERSON_ID, AttachmentOwner.ENTITY, null,
							pool.get(random.nextInt(pool.size()))),
					SampleFilings.attachment(AttachmentPurpose.SITE_PHOTO, AttachmentOwner.WEBSITE, "w2",
							pool.get(random.nextInt(pool.size()))));
			FilingDocument filing = SampleFilings.filing("F-" + i, FilingType.FIRST_FILING,
					SampleFilings.entity("浙江堃喆科技有限公司" + i),
					List.of(SampleFilings.website("w1", "堃喆官网" + i, "kunzhe" + i + ".cn", "kunzhe" + i + ".com.cn"),
							SampleFilings.website("w2", "堃喆商城" + i, "shop" + i + ".cn")),
					attachments);
			records.add(SampleFilings.record(filing, i + 1));
		}
		return records;
	}

	private record Bench(int warmups, int runs, long xmlBytes) {

		<T> void run(String name, List<T> inputs, ToLongFunction<T> work) {
			double[] seconds = new double[runs];
			long sink = 0;
			for (int run = -warmups; run < runs; run++) {
				long start = System.nanoTime();
				for (T input : inputs) {
					sink += work.applyAsLong(input);
				}
				if (run >= 0) {
					seconds[run] = (System.nanoTime() - start) / 1e9;
				}
			}
			Arrays.sort(seconds);
			double median = seconds[runs / 2];
			System.out.printf("%-44s %8.1f MB/s  (%.2f s per run; %d)%n", name, xmlBytes / 1e6 / median, median,
					sink % 10);
		}

	}

}
