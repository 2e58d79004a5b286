package org.portolan.diagram;

import java.util.List;

import org.portolan.diagram.internal.Scene;

/**
 * Renders a laid-out graph as standalone SVG 1.1 text: containers with their title, edges (routes or straight lines,
 * arrowheads, labels), nodes with label, detail lines and style, and decorations (a severity badge whose tooltip lists
 * the findings). Every piece of model text is escaped; the SVG has no script and no external reference.
 */
public final class DiagramSvgExport {

	private DiagramSvgExport() {
	}

	public static String export(DiagramGraph graph, DiagramLayout layout, DiagramSpec spec, String title) {
		Scene s = Scene.of(graph, layout, spec);
		StringBuilder sb = new StringBuilder(4096);
		sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" class=\"portolan-diagram\" width=\"")
				.append(num(s.width)).append("\" height=\"").append(num(s.height)).append("\" viewBox=\"0 0 ")
				.append(num(s.width)).append(' ').append(num(s.height))
				.append("\" font-family=\"" + DiagramMetrics.FONT_FAMILY + ", Arial, Helvetica, sans-serif\">\n");
		sb.append("<title>").append(esc(title == null ? "Portolan diagram" : title)).append("</title>\n");
		sb.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
				+ "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555555\"/>"
				+ "</marker></defs>\n");
		sb.append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		sb.append("<g class=\"containers\">\n");
		for (Scene.Box b : s.containers) {
			box(sb, b, "container");
		}
		sb.append("</g>\n<g class=\"edges\">\n");
		for (Scene.Line l : s.edges) {
			edge(sb, l);
		}
		// the labels over every edge line (a later edge must not strike through an earlier edge's label)
		sb.append("</g>\n<g class=\"edge-labels\">\n");
		for (Scene.Line l : s.edges) {
			edgeLabel(sb, l);
		}
		sb.append("</g>\n<g class=\"nodes\">\n");
		for (Scene.Box b : s.nodes) {
			box(sb, b, "node");
		}
		sb.append("</g>\n</svg>\n");
		return sb.toString();
	}

	private static void box(StringBuilder sb, Scene.Box b, String kind) {
		DiagramLayout.Bounds r = b.bounds();
		sb.append("<g class=\"").append(kind).append(' ').append(esc(b.element().mappingId()));
		for (String c : b.classes()) {
			sb.append(' ').append(esc(c));
		}
		sb.append("\" data-id=\"").append(esc(b.element().id())).append("\">");
		sb.append("<rect x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y())).append("\" width=\"")
				.append(num(r.width())).append("\" height=\"").append(num(r.height())).append("\" rx=\"")
				.append(kind.equals("node") ? "5" : "8").append('"');
		paint(sb, b.paint(), true);
		sb.append("/>");
		List<String> lines = Scene.lines(b);
		String textColor = b.paint().textColor() == null ? "#111111" : b.paint().textColor();
		for (int i = 0; i < lines.size(); i++) {
			boolean label = i == 0;
			sb.append("<text x=\"").append(num(r.x() + DiagramMetrics.PAD)).append("\" y=\"")
					.append(num(r.y() + DiagramMetrics.baseline(i))).append("\" font-size=\"")
					.append(num(DiagramMetrics.lineFont(i))).append('"')
					.append(label ? " font-weight=\"bold\" class=\"label\"" : " class=\"detail\"")
					.append(" fill=\"").append(textColor).append("\">").append(esc(lines.get(i))).append("</text>");
		}
		if (b.worst() != null) {
			double cx = r.maxX() - 2, cy = r.y() + 2;
			sb.append("<g class=\"decoration ").append(b.worst().name().toLowerCase()).append("\"><title>");
			for (int i = 0; i < b.decorations().size(); i++) {
				Decoration d = b.decorations().get(i);
				if (i > 0) {
					sb.append('\n');
				}
				sb.append(esc(d.severity().name().toLowerCase() + " " + d.ruleId() + ": " + d.message()));
			}
			sb.append("</title><circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
					.append("\" r=\"8\" fill=\"").append(Scene.color(b.worst())).append("\" stroke=\"#ffffff\"/>")
					.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy + 4))
					.append("\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#ffffff\">")
					.append(b.decorations().size() > 9 ? "9+" : String.valueOf(b.decorations().size()))
					.append("</text></g>");
		}
		sb.append("</g>\n");
	}

	private static void edge(StringBuilder sb, Scene.Line l) {
		DiagramEdge e = l.edge();
		sb.append("<g class=\"edge ").append(esc(e.mappingId()));
		for (String c : e.styleClasses()) {
			sb.append(' ').append(esc(c));
		}
		sb.append("\" data-id=\"").append(esc(e.id())).append("\" data-source=\"").append(esc(e.sourceId()))
				.append("\" data-target=\"").append(esc(e.targetId())).append("\">");
		if (!e.decorations().isEmpty()) {
			sb.append("<title>");
			for (int i = 0; i < e.decorations().size(); i++) {
				Decoration d = e.decorations().get(i);
				sb.append(i > 0 ? "\n" : "").append(esc(d.severity().name().toLowerCase() + " " + d.ruleId() + ": " + d.message()));
			}
			sb.append("</title>");
		}
		sb.append("<polyline points=\"");
		for (int i = 0; i < l.points().size(); i++) {
			DiagramLayout.Point p = l.points().get(i);
			sb.append(i > 0 ? " " : "").append(num(p.x())).append(',').append(num(p.y()));
		}
		sb.append("\" fill=\"none\"");
		Scene.Paint p = l.paint();
		paint(sb, new Scene.Paint(null, p.stroke(), p.strokeWidth(), p.dash(), p.textColor()), false);
		sb.append(" marker-end=\"url(#arrow)\"/>");
		sb.append("</g>\n");
	}

	private static void edgeLabel(StringBuilder sb, Scene.Line l) {
		if (l.label() == null) {
			return;
		}
		DiagramEdge e = l.edge();
		Scene.Paint p = l.paint();
		sb.append("<g class=\"edge-label\" data-id=\"").append(esc(e.id())).append("\">");
		// centred in the label's box; the white halo (stroke painted under the text) keeps the line from
		// striking through it
		DiagramLayout.Point c = l.label().center();
		double baseline = c.y() + (DiagramMetrics.ASCENT - DiagramMetrics.DESCENT) * DiagramMetrics.EDGE_FONT / 2;
		sb.append("<text x=\"").append(num(c.x())).append("\" y=\"").append(num(baseline))
				.append("\" font-size=\"").append(num(DiagramMetrics.EDGE_FONT))
				.append("\" text-anchor=\"middle\" class=\"edge-label\" paint-order=\"stroke\" stroke=\"#ffffff\" ")
				.append("stroke-width=\"").append(num(2 * DiagramMetrics.EDGE_LABEL_PAD))
				.append("\" stroke-linejoin=\"round\" fill=\"")
				.append(p.textColor() == null ? "#333333" : p.textColor()).append("\">")
				.append(esc(l.labelText())).append("</text>");
		sb.append("</g>\n");
	}

	private static void paint(StringBuilder sb, Scene.Paint p, boolean fill) {
		if (fill) {
			sb.append(" fill=\"").append(p.fill() == null ? "none" : p.fill()).append('"');
		}
		sb.append(" stroke=\"").append(p.stroke() == null ? "none" : p.stroke()).append('"');
		sb.append(" stroke-width=\"").append(num(p.strokeWidth())).append('"');
		if (p.dash() != null && p.dash().matches("[0-9. ]+")) {
			sb.append(" stroke-dasharray=\"").append(p.dash()).append('"');
		}
	}

	static String num(double d) {
		if (d == Math.rint(d) && Math.abs(d) < 1e9) {
			return Long.toString((long) d);
		}
		return String.format(java.util.Locale.ROOT, "%.1f", d);
	}

	/** XML escape for text and attribute values; drops characters XML 1.0 cannot carry. */
	public static String esc(String s) {
		StringBuilder sb = new StringBuilder(s.length() + 8);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '&' -> sb.append("&amp;");
			case '<' -> sb.append("&lt;");
			case '>' -> sb.append("&gt;");
			case '"' -> sb.append("&quot;");
			case '\'' -> sb.append("&#39;");
			default -> {
				if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
					sb.append('\uFFFD');
				} else {
					sb.append(c);
				}
			}
			}
		}
		return sb.toString();
	}
}
