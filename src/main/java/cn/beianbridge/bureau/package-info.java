/**
 * The bureau interface (BUREAU-PROTOCOL.md): credentials, payload packing, upload and download documents,
 * call replies. Plain Java with no framework, so the client and the simulator share one codec.
 */
package cn.beianbridge.bureau;
