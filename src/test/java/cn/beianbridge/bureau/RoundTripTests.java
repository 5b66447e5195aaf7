package cn.beianbridge.bureau;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellations;
import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.FiledAccess;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledDomain;
import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledIpRange;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.DownloadDocument.OtherSection;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ResultCode;
import cn.beianbridge.bureau.DownloadDocument.ReviewOpinion;
import cn.beianbridge.bureau.peer.DownloadDocumentWriter;
import cn.beianbridge.bureau.peer.UploadDocumentReader;
import cn.beianbridge.bureau.peer.UploadedFile;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedNewAccess;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedRange;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedRecord;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedWebsite;
import cn.beianbridge.filing.FilingType;

import static cn.beianbridge.bureau.SampleFilings.entity;
import static cn.beianbridge.bureau.SampleFilings.filing;
import static cn.beianbridge.bureau.SampleFilings.firstFiling;
import static cn.beianbridge.bureau.SampleFilings.record;
import static cn.beianbridge.bureau.SampleFilings.website;
import static org.assertj.core.api.Assertions.assertThat;

/** What the client sends, the bureau (simulator) reads; what the bureau sends, the client reads. */
class RoundTripTests {

	private final UploadDocumentWriter writer = new UploadDocumentWriter(ConfiguredCodeTables.load());

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void anUploadArrivesAsItWasWritten(boolean encrypted) {
		PayloadCodec client = codec(encrypted);
		byte[] document = writer.write("110000000211", List.of(record(firstFiling("F-1"), 7),
				record(filing("F-2", FilingType.FIRST_FILING, entity("昇赟龑珺有限公司"),
						List.of(website("w1", "赟 & <龑>", "yun.cn")), List.of()), 8)));
		PackedPayload payload = client.pack("33202611270001", document);
		assertThat(payload.encryptAlgorithm()).isEqualTo(encrypted ? 1 : 0);

		PayloadCodec bureau = codec(encrypted);
		byte[] received = bureau.unpack(payload.beianInfo(), payload.beianInfoHash(), payload.encryptAlgorithm(),
				payload.hashAlgorithm(), payload.compressionFormat()).content();
		assertThat(received).isEqualTo(document);

		UploadedFile file = new UploadDocumentReader().read(received);
		assertThat(file.operation()).isEqualTo("XZBA");
		assertThat(file.qqdwid()).isEqualTo("110000000211");
		assertThat(file.records()).extracting(UploadedRecord::resultIdentifier).containsExactly("700", "800");
		assertThat(file.records().get(0).entityName()).isEqualTo("浙江堃喆科技有限公司");
		assertThat(file.records().get(0).attachments()).isEqualTo(2);
		assertThat(file.records().get(0).websites())
			.containsExactly(new UploadedWebsite(710, "堃喆官网", List.of("kunzhe.cn", "kunzhe.com.cn"), List.of(712L, 713L),
					new UploadedNewAccess(711, List.of(new UploadedRange(716, null, 16909060L, 16909066L)))));
		assertThat(file.records().get(1).websites().get(0).name()).isEqualTo("赟 & <龑>");
		assertThat(new XmlQuery(received).text("//Baxx[2]/Zt_xx/Dwmc")).isEqualTo("昇赟龑珺有限公司");
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void newWebsiteAndNewAccessRecordsNameWhatTheResultsWillNameThemBy(boolean encrypted) {
		PayloadCodec codec = codec(encrypted);
		byte[] newWebsite = writer.write("1", List.of(record(filing("F-3", FilingType.NEW_WEBSITE,
				entity("浙江堃喆科技有限公司"), List.of(website("w1", "商城", "shop.cn")), List.of()), 3)));
		UploadedFile websites = new UploadDocumentReader().read(codec.unpack(codec.pack(newWebsite)).content());
		assertThat(websites.records()).singleElement().satisfies(record -> {
			assertThat(record.resultIdentifier()).isEqualTo("浙ICP备2026012345号");
			assertThat(record.ztbah()).isEqualTo("浙ICP备2026012345号");
			assertThat(record.ztid()).as("one of the choice: the number").isNull();
			assertThat(record.filingPasswordMd5()).isEqualTo(SampleFilings.PASSWORD_MD5);
		});
		byte[] newAccess = writer.write("1", List.of(record(filing("F-4", FilingType.NEW_ACCESS,
				entity("浙江堃喆科技有限公司"), List.of(website("w1", "官网", "a.cn"), website("w2", "商城", "b.cn")), List.of()),
				4)));
		UploadedFile access = new UploadDocumentReader().read(codec.unpack(codec.pack(newAccess)).content());
		assertThat(access.operation()).isEqualTo("XZJR");
		assertThat(access.records()).extracting(UploadedRecord::wzbah)
			.containsExactly("浙ICP备2026012345号-1", "浙ICP备2026012345号-1");
		assertThat(access.records()).extracting(UploadedRecord::resultIdentifier)
			.containsOnly("浙ICP备2026012345号-1");
		assertThat(access.records()).extracting(UploadedRecord::access).extracting(UploadedNewAccess::ispJrid)
			.containsExactly(411L, 421L);
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void eachDownloadKindArrivesAsItWasWrittenAloneOrTogether(boolean encrypted) {
		BureauResults results = new BureauResults(List.of(
				new Result(List.of(new ResultCode(1001, "通过")), 1, "700", null, List.of()),
				new Result(List.of(new ResultCode(1002, "不通过")), 2, "浙ICP备2026012345号", "珺 <补充>",
						List.of(new ReviewOpinion("王昇", "2026-12-01", "名称 & 主体不符", false, 2, "17")))));
		FiledData filed = new FiledData(List.of(new FiledRecord(new FiledEntity(700L, 880001, "浙ICP备2026012345号"),
				List.of(new FiledWebsite(710L, 990001, "浙ICP备2026012345号-1",
						List.of(new FiledDomain(99000101, "kunzhe.cn", 712L), new FiledDomain(99000102, "kunzhe.com.cn")),
						List.of(new FiledAccess(9900011, 7, List.of(1), List.of(4), List.of(new FiledIpRange(990001101,
								16909060L, 16909066L, 716L)), 711L), new FiledAccess(9900012, 8, List.of(2), List.of(1, 2),
										List.of(new FiledIpRange(990001201, 1L, 4294967295L)))))))));
		List<DownloadDocument> documents = List.of(DownloadDocument.of(results), DownloadDocument.of(filed),
				DownloadDocument.of(results, filed), DownloadDocument.of(new OtherSection("HMDLB")),
				DownloadDocument.of(new BureauCancellations(List.of(new BureauCancellation(0, 880001, null),
						new BureauCancellation(1, 990002, "空壳网站 & 清理")))),
				new DownloadDocument("JCDM", List.of()));
		PayloadCodec codec = codec(encrypted);
		for (DownloadDocument document : documents) {
			byte[] bytes = new DownloadDocumentWriter().write(document);
			PackedPayload payload = codec.pack("33dl1", bytes);
			assertThat(new DownloadDocumentReader().read(codec.unpack(payload).content())).isEqualTo(document);
		}
	}

	private static PayloadCodec codec(boolean encrypted) {
		return encrypted ? PayloadCodec.aes(BureauKey.fromText("K7f3Qm9Zp2Lx8Wc1", "Iv0123456789abcd"))
				: PayloadCodec.plaintext();
	}

}
