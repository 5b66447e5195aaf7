/**
 * The bureau interface (BUREAU-PROTOCOL.md): the codec and the client. The codec (credentials, payload packing,
 * upload and download documents, call replies) is plain Java with no framework; its bureau half (reading uploads,
 * writing downloads) is the named interface {@code bureau.peer}, which only the simulated bureaus (module
 * {@code simulator}) and tests use. Other modules call a bureau through {@link cn.beianbridge.bureau.BureauGateway}: a
 * {@link cn.beianbridge.bureau.BureauCall} in, a {@link cn.beianbridge.bureau.BureauReply} out, through the province's
 * gateway route (rate limit, circuit breaker, redelivery of repeatable calls).
 */
package cn.beianbridge.bureau;
