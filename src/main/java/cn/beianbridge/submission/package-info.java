/** Submission: deadline-first, exactly-once uploads of filings to their province's bureau. */
package cn.beianbridge.submission;
