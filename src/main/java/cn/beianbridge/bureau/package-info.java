/**
 * The bureau interface (BUREAU-PROTOCOL.md). The codec (credentials, payload packing, upload and download
 * documents, call replies) is plain Java with no framework, so the client and the simulator share it. Other
 * modules call a bureau through {@link cn.beianbridge.bureau.BureauGateway}: a {@link cn.beianbridge.bureau.BureauCall}
 * in, a {@link cn.beianbridge.bureau.BureauReply} out, through the province's gateway route (rate limit, circuit
 * breaker, redelivery of repeatable calls).
 */
package cn.beianbridge.bureau;
