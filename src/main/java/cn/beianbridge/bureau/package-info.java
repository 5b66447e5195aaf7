/**
 * The bureau interface (BUREAU-PROTOCOL.md): the codec and the client. The codec (credentials, payload packing,
 * upload and download documents, call replies) is plain Java with no framework; its bureau half (reading uploads,
 * writing downloads) is the named interface {@code bureau.peer}, which only the simulated bureaus (module
 * {@code simulator}) and tests use. Other modules call a bureau through {@link cn.beianbridge.bureau.BureauGateway}: a
 * {@link cn.beianbridge.bureau.BureauCall} in, a {@link cn.beianbridge.bureau.BureauReply} out, through the province's
 * gateway route (rate limit, circuit breaker, redelivery of repeatable calls).
 * <p>
 * Owns no table. Offers the gateway and its calls, the codec (upload documents built from the filing module's
 * {@code FilingDocument}, download documents read) and {@link cn.beianbridge.bureau.BureauSchema}. In the flow it
 * is the wire, not a step: submission uploads through it ({@code isp_upload}, {@code isp_querypreviousupload}),
 * download fetches and acknowledges through it ({@code isp_download}, {@code isp_downloadack},
 * {@code isp_querybeianstatus}).
 */
package cn.beianbridge.bureau;
