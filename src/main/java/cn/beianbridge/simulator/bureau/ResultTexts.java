package cn.beianbridge.simulator.bureau;

import java.util.Map;

/** The {@code Dmms} text a bureau writes beside each result code (BUREAU-PROTOCOL.md, data-level codes). */
final class ResultTexts {

	private static final Map<Integer, String> TEXTS = Map.ofEntries(Map.entry(1001, "审核通过"),
			Map.entry(1002, "审核不通过"), Map.entry(1003, "主体信息冲突"), Map.entry(1004, "域名无效"),
			Map.entry(1005, "域名已备案"), Map.entry(1008, "证件无效"), Map.entry(1011, "手机号码无效"),
			Map.entry(1016, "数据不在备案库中"), Map.entry(1017, "已有变更正在审核"), Map.entry(1018, "备案密码错误"),
			Map.entry(1025, "网站唯一接入不能取消"), Map.entry(1026, "注销原因无效"), Map.entry(1027, "主体注销已提交"),
			Map.entry(1030, "网站注销已提交"), Map.entry(1032, "取消接入已提交"), Map.entry(1042, "主体正在注销"),
			Map.entry(1043, "网站正在注销"), Map.entry(1047, "只能取消本单位的接入"), Map.entry(1048, "非本单位接入的备案"),
			Map.entry(1049, "主体已注销"), Map.entry(1050, "网站已注销"), Map.entry(1058, "主体不存在"),
			Map.entry(1059, "网站不存在"),
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
