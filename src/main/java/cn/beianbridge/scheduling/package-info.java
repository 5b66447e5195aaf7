/** The scheduling module. */
package cn.beianbridge.scheduling;
