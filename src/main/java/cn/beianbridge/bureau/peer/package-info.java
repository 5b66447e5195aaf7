/**
 * The bureau's half of the codec: reading an upload document as a bureau does ({@link
 * cn.beianbridge.bureau.peer.UploadDocumentReader}) and writing the download files a bureau hands out ({@link
 * cn.beianbridge.bureau.peer.DownloadDocumentWriter}). The system writes uploads and reads downloads with the module's
 * base package and never needs this; the simulated bureaus (module {@code simulator}) and tests do.
 */
@org.springframework.modulith.NamedInterface("peer")
package cn.beianbridge.bureau.peer;
