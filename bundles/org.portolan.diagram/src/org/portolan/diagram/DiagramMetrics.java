package org.portolan.diagram;

/**
 * Text and box metrics shared by the layout engine and the exports (and usable by an editor): a node is as wide as
 * its longest line (within bounds) and as tall as its lines; a container reserves a title band.
 */
public final class DiagramMetrics {

	public static final double LABEL_FONT = 12, DETAIL_FONT = 10, EDGE_FONT = 9;
	public static final double LABEL_CHAR = 7.0, DETAIL_CHAR = 5.9;
	public static final double LINE = 13, PAD = 8, MIN_WIDTH = 120, MAX_WIDTH = 300;
	public static final double CONTAINER_PAD = 14, CONTAINER_MIN_WIDTH = 160;

	private DiagramMetrics() {
	}

	public static double nodeWidth(DiagramElement e) {
		double w = e.label().length() * LABEL_CHAR;
		for (String d : e.details()) {
			w = Math.max(w, d.length() * DETAIL_CHAR);
		}
		return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w + 2 * PAD));
	}

	public static double nodeHeight(DiagramElement e) {
		return PAD + 16 + e.details().size() * LINE + PAD;
	}

	/** Height of a container's title band (label and detail lines). */
	public static double titleHeight(DiagramElement e) {
		return 8 + 16 + e.details().size() * LINE + 6;
	}

	public static double containerMinWidth(DiagramElement e) {
		double w = e.label().length() * LABEL_CHAR;
		for (String d : e.details()) {
			w = Math.max(w, d.length() * DETAIL_CHAR);
		}
		return Math.max(CONTAINER_MIN_WIDTH, Math.min(2 * MAX_WIDTH, w + 2 * PAD));
	}

	/** The characters of {@code text} that fit in {@code width} at {@code charWidth}, with an ellipsis if cut. */
	public static String fit(String text, double width, double charWidth) {
		int max = (int) Math.floor(width / charWidth);
		if (text.length() <= max) {
			return text;
		}
		return max <= 1 ? "…" : text.substring(0, max - 1) + "…";
	}
}
