/** The filing module. */
package cn.beianbridge.filing;
