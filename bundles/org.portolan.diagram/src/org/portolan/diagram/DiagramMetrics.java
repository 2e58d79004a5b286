package org.portolan.diagram;

import java.util.List;

/**
 * Text and box metrics, the one source of sizes for the layout engine, the exports and the editor's client (the GLSP
 * server sends {@link #css()} and positions its labels with {@link #lineTop(int)}): a node is as wide as its longest
 * line (within bounds) and as tall as its lines; a container reserves a title band; an edge label is as wide as its
 * text.
 * <p>
 * Text is measured with the advance widths of DejaVu Sans and DejaVu Sans Bold (the font every renderer is told to
 * use: the SVG export, the PNG export and the browser client), so a line measured here is the width it is drawn at.
 * Line {@code i} of a box (0: the bold label, then the detail lines) starts at {@link #lineTop(int)} below the box's
 * top; renderers that position text by its baseline (SVG, Java2D) draw it at {@link #baseline(int)}, the client,
 * whose labels GLSP aligns by the top of their text box, at {@link #lineTop(int)}.
 */
public final class DiagramMetrics {

	public static final String FONT_FAMILY = "DejaVu Sans";
	public static final double LABEL_FONT = 12, DETAIL_FONT = 10, EDGE_FONT = 9;
	/** Ascent and descent of DejaVu Sans (hhea table, 1901 and 483 of 2048 units per em), in em. */
	public static final double ASCENT = 1901.0 / 2048, DESCENT = 483.0 / 2048;
	/** Spacing of the detail lines, and the line after the bold label. */
	public static final double LINE = 13, LABEL_LINE = 16;
	public static final double PAD = 8, MIN_WIDTH = 120, MAX_WIDTH = 300;
	public static final double CONTAINER_PAD = 14, CONTAINER_MIN_WIDTH = 160;
	/** Longest edge label, and the gap kept around an edge label's text (its halo). */
	public static final double EDGE_LABEL_MAX_WIDTH = 260, EDGE_LABEL_PAD = 3;

	// advance widths of the printable ASCII characters (32..126) in 1/2048 em
	private static final short[] REGULAR = { 651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739,
			651, 690, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087, 2048,
			1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235, 1612, 1423, 1300,
			1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721,
			1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253, 1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212,
			1075, 1303, 690, 1303, 1716 };
	private static final short[] BOLD = { 713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850,
			778, 748, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188, 2048,
			1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741, 1501, 1741, 1577, 1475,
			1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024, 1024, 1382, 1466, 1214, 1466, 1389, 891,
			1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407, 1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335,
			1192, 1458, 748, 1458, 1716 };
	private static final double UNITS = 2048, ELLIPSIS = 2048, OTHER_REGULAR = 1600, OTHER_BOLD = 1800;
	private static final String ELLIPSIS_CHAR = "\u2026";

	private DiagramMetrics() {
	}

	// ------------------------------------------------------------------------------------------ text

	/** Width of {@code text} drawn in DejaVu Sans (bold or not) at {@code size} pixels. */
	public static double textWidth(String text, double size, boolean bold) {
		short[] table = bold ? BOLD : REGULAR;
		double units = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 32 && c < 127) {
				units += table[c - 32];
			} else if (c == '\u2026') {
				units += ELLIPSIS;
			} else if (!Character.isLowSurrogate(c)) {
				units += bold ? OTHER_BOLD : OTHER_REGULAR;
			}
		}
		return units / UNITS * size;
	}

	/** Height of a line of text at {@code size} (ascent + descent: the height of its text box in a browser). */
	public static double textHeight(double size) {
		return (ASCENT + DESCENT) * size;
	}

	/** {@code text} if it fits in {@code width}, else its longest prefix that fits with an ellipsis. */
	public static String fit(String text, double width, double size, boolean bold) {
		if (textWidth(text, size, bold) <= width) {
			return text;
		}
		double room = width - textWidth(ELLIPSIS_CHAR, size, bold);
		int n = 0;
		double w = 0;
		while (n < text.length()) {
			double c = textWidth(text.substring(n, n + 1), size, bold);
			if (w + c > room) {
				break;
			}
			w += c;
			n++;
		}
		if (n > 0 && Character.isHighSurrogate(text.charAt(n - 1))) {
			n--;
		}
		return text.substring(0, n) + ELLIPSIS_CHAR;
	}

	// ------------------------------------------------------------------------------------------ lines of a box

	/** Font size of line {@code i} of a box (0: the label, bold; then the detail lines). */
	public static double lineFont(int i) {
		return i == 0 ? LABEL_FONT : DETAIL_FONT;
	}

	/** Top of line {@code i}'s text box, relative to the top of its node or container. */
	public static double lineTop(int i) {
		return i == 0 ? PAD : PAD + LABEL_LINE + (i - 1) * LINE;
	}

	/** Baseline of line {@code i}, relative to the top of its node or container. */
	public static double baseline(int i) {
		return lineTop(i) + ASCENT * lineFont(i);
	}

	/** The lines of a box as drawn: the label and the details, each cut to the width available in {@code boxWidth}. */
	public static List<String> lines(DiagramElement e, double boxWidth) {
		double w = boxWidth - 2 * PAD;
		List<String> out = new java.util.ArrayList<>();
		out.add(fit(e.label() == null ? "" : e.label(), w, LABEL_FONT, true));
		for (String d : e.details()) {
			out.add(fit(d, w, DETAIL_FONT, false));
		}
		return out;
	}

	private static double widestLine(DiagramElement e) {
		double w = textWidth(e.label() == null ? "" : e.label(), LABEL_FONT, true);
		for (String d : e.details()) {
			w = Math.max(w, textWidth(d, DETAIL_FONT, false));
		}
		return Math.ceil(w);
	}

	/** Bottom of the text of a box with {@code details} detail lines, relative to its top. */
	private static double textBottom(int details) {
		return lineTop(details) + textHeight(lineFont(details));
	}

	// ------------------------------------------------------------------------------------------ boxes

	public static double nodeWidth(DiagramElement e) {
		return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widestLine(e) + 2 * PAD));
	}

	public static double nodeHeight(DiagramElement e) {
		return Math.ceil(textBottom(e.details().size()) + PAD);
	}

	/** Height of a container's title band (label and detail lines); its content starts below it. */
	public static double titleHeight(DiagramElement e) {
		return Math.ceil(textBottom(e.details().size()) + 6);
	}

	public static double containerMinWidth(DiagramElement e) {
		return Math.max(CONTAINER_MIN_WIDTH, Math.min(2 * MAX_WIDTH, widestLine(e) + 2 * PAD));
	}

	/** The text of an edge label as drawn (cut to {@link #EDGE_LABEL_MAX_WIDTH}). */
	public static String edgeLabel(String label) {
		return fit(label == null ? "" : label, EDGE_LABEL_MAX_WIDTH, EDGE_FONT, false);
	}

	/** Width and height of the box an edge label occupies (its text and halo). */
	public static double[] edgeLabelSize(String label) {
		return new double[] { Math.ceil(textWidth(edgeLabel(label), EDGE_FONT, false) + 2 * EDGE_LABEL_PAD),
				Math.ceil(textHeight(EDGE_FONT) + 2 * EDGE_LABEL_PAD) };
	}

	// ------------------------------------------------------------------------------------------ client

	/**
	 * The fonts of the editor's client as CSS (GLSP draws a node's lines as {@code <text class="sprotty-label heading">}
	 * and {@code details}, an edge label as {@code edge-label}): the families and sizes measured here, and a halo
	 * around edge labels so that the line under them does not strike through the text.
	 */
	public static String css() {
		String family = "font-family:'" + FONT_FAMILY + "',sans-serif;";
		return ".sprotty-graph .sprotty-label{" + family + "font-size:" + px(LABEL_FONT) + ";}\n"
				+ ".sprotty-graph .sprotty-label.heading{font-weight:bold;font-size:" + px(LABEL_FONT) + ";}\n"
				+ ".sprotty-graph .sprotty-label.details{font-weight:normal;font-size:" + px(DETAIL_FONT) + ";}\n"
				+ ".sprotty-graph .sprotty-edge .sprotty-label.edge-label{font-weight:normal;font-size:" + px(EDGE_FONT)
				+ ";paint-order:stroke;stroke:#ffffff;stroke-width:" + px(2 * EDGE_LABEL_PAD)
				+ ";stroke-linejoin:round;}\n";
	}

	private static String px(double v) {
		return (v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v)) + "px";
	}
}
