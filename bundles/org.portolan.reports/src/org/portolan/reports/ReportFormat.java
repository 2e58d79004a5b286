package org.portolan.reports;

import java.util.Locale;

/** Output formats of {@code portolan report --format}. */
public enum ReportFormat {
	XLSX, CSV, HTML, MD;

	public static ReportFormat parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("unknown report format '" + text + "' (expected xlsx, csv, html or md)");
		}
	}
}
