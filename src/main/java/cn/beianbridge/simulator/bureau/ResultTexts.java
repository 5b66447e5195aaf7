package cn.beianbridge.simulator.bureau;

import java.util.Map;

/** The {@code Dmms} text a bureau writes beside each result code (BUREAU-PROTOCOL.md, data-level codes). */
final class ResultTexts {

	private static final Map<Integer, String> TEXTS = Map.ofEntries(Map.entry(1001, "审核通过"),
			Map.entry(1002, "审核不通过"), Map.entry(1003, "主体信息冲突"), Map.entry(1004, "域名无效"),
			Map.entry(1005, "域名已备案"), Map.entry(1008, "证件无效"), Map.entry(1011, "手机号码无效"),
			Map.entry(1015, "身份证号码无效"), Map.entry(1019, "省市县代码错误"), Map.entry(1020, "网站名称冲突"),
			Map.entry(1033, "前置审批类型无效"), Map.entry(1037, "网站已备案"), Map.entry(1045, "只能在本省备案"),
			Map.entry(1064, "主体在黑名单中"), Map.entry(1065, "网站在黑名单中"), Map.entry(5001, "文件不符合格式要求"),
			Map.entry(5004, "文件版本错误"));

	private ResultTexts() {
	}

	static String of(int code) {
		return TEXTS.getOrDefault(code, "数据不符合要求");
	}

}
