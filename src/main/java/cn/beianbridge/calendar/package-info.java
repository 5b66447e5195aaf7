/** The calendar module. */
package cn.beianbridge.calendar;
