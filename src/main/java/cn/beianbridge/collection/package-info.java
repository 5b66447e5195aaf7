/** The collection module. */
package cn.beianbridge.collection;
