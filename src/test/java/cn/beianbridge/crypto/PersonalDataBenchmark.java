package cn.beianbridge.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What sealing costs per filing: the personal data of a typical first filing (applicant and one website's responsible
 * person, emergency contact: 19 text values, 7 blind indexes) and its three scans (30–100 KB each), sealed as intake
 * stores them and opened as submission reads them back. Median of the measured rounds, after warm-up. Not a test:
 * run it by hand from the project root:
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) cn.beianbridge.crypto.PersonalDataBenchmark [filings] [rounds]
 * </pre>
 */
public final class PersonalDataBenchmark {

	private PersonalDataBenchmark() {
	}

	public static void main(String[] args) {
		int filings = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		PersonalData data = new PersonalData(new PersonalDataTests.Ring(),
				new KeyEncryptionKeys(PersonalDataTests.MASTER_A, List.of()));
		Random random = new Random(7);
		List<String> texts = List.of("张三", "11010519491231002X", "浙江省杭州市西湖区文三路188号", "浙江省杭州市西湖区文三路1号",
				"张三", "11010519491231002X", "浙江省杭州市西湖区文三路1号", "0571-88888888", "13800000001",
				"person1@example.cn", "王五", "13900000003", "李四", "330106199003070023", "浙江省杭州市西湖区文三路2号",
				"0571-88888889", "13700000002", "person2@example.cn", "杭州示例科技有限公司");
		List<String> indexed = List.of("11010519491231002X", "11010519491231002X", "13800000001", "person1@example.cn",
				"330106199003070023", "13700000002", "person2@example.cn");
		List<byte[]> scans = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			byte[] scan = new byte[30_000 + random.nextInt(70_000)];
			random.nextBytes(scan);
			scans.add(scan);
		}
		long scanBytes = scans.stream().mapToLong(scan -> scan.length).sum();
		System.out.printf("%d filings per round, %d rounds after %d warm-up; each filing: %d text values, %d blind "
				+ "indexes, %d scans (%.0f KB)%n", filings, rounds, rounds, texts.size(), indexed.size(), scans.size(),
				scanBytes / 1e3);
		long[] textNanos = new long[rounds];
		long[] scanNanos = new long[rounds];
		long sink = 0;
		for (int round = -rounds; round < rounds; round++) {
			long start = System.nanoTime();
			for (int f = 0; f < filings; f++) {
				for (String text : texts) {
					sink += data.open(data.seal(text)).length();
				}
				for (String value : indexed) {
					sink += data.blindIndex(value).length();
				}
			}
			long middle = System.nanoTime();
			for (int f = 0; f < filings; f++) {
				for (byte[] scan : scans) {
					sink += data.open(data.seal(scan)).length;
				}
			}
			long end = System.nanoTime();
			if (round >= 0) {
				textNanos[round] = middle - start;
				scanNanos[round] = end - middle;
			}
		}
		double text = median(textNanos) / 1e3 / filings;
		double scan = median(scanNanos) / 1e3 / filings;
		System.out.printf("text values and blind indexes: %.1f µs per filing (seal + open + index)%n", text);
		System.out.printf("scans: %.1f µs per filing (seal + open), %.0f MB/s%n", scan,
				scanBytes * 2 / (scan / 1e6) / 1e6);
		System.out.printf("together: %.2f ms per filing, one core (%d)%n", (text + scan) / 1e3, sink % 10);
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
