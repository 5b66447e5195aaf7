/** The province module. */
package cn.beianbridge.province;
