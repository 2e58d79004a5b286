package org.portolan.reports;

/**
 * Spreadsheet formula injection guard: a cell whose text starts with {@code = + - @} (or a tab / carriage return,
 * which some spreadsheet programs strip before evaluating) is written with a leading apostrophe so that Excel,
 * LibreOffice and Google Sheets show it as text instead of evaluating it.
 */
public final class CellSafety {

	private CellSafety() {
	}

	public static boolean isDangerous(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char c = text.charAt(0);
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
	}

	/** The text as it is safe to put into a CSV or XLSX cell. */
	public static String neutralise(String text) {
		if (text == null) {
			return "";
		}
		return isDangerous(text) ? "'" + text : text;
	}
}
