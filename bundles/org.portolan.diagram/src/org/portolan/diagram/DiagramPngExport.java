package org.portolan.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.portolan.diagram.internal.Scene;

/**
 * Renders the same scene as {@link DiagramSvgExport} to PNG with Java2D, headless ({@code java.awt.headless} is set to
 * true unless the application chose otherwise): no display is needed. Large diagrams are scaled down so the image
 * stays within {@link #MAX_PIXELS}.
 */
public final class DiagramPngExport {

	/** Upper bound on width x height of the image. */
	public static final long MAX_PIXELS = 40_000_000L;

	static {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	private DiagramPngExport() {
	}

	public static BufferedImage render(DiagramGraph graph, DiagramLayout layout, DiagramSpec spec, double scale) {
		Scene s = Scene.of(graph, layout, spec);
		double k = scale;
		if (s.width * s.height * k * k > MAX_PIXELS) {
			k = Math.sqrt(MAX_PIXELS / (s.width * s.height));
		}
		int w = Math.max(1, (int) Math.ceil(s.width * k)), h = Math.max(1, (int) Math.ceil(s.height * k));
		BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, w, h);
			g.scale(k, k);
			for (Scene.Box b : s.containers) {
				box(g, b, 8);
			}
			for (Scene.Line l : s.edges) {
				edge(g, l);
			}
			// the labels over every edge line (a later edge must not strike through an earlier edge's label)
			for (Scene.Line l : s.edges) {
				edgeLabel(g, l);
			}
			for (Scene.Box b : s.nodes) {
				box(g, b, 5);
			}
		} finally {
			g.dispose();
		}
		return img;
	}

	public static void export(DiagramGraph graph, DiagramLayout layout, DiagramSpec spec, double scale, OutputStream out)
			throws IOException {
		BufferedImage img = render(graph, layout, spec, scale);
		if (!ImageIO.write(img, "png", out)) {
			throw new IOException("no PNG writer in this Java runtime");
		}
	}

	private static void box(Graphics2D g, Scene.Box b, double arc) {
		DiagramLayout.Bounds r = b.bounds();
		RoundRectangle2D shape = new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), arc * 2, arc * 2);
		Scene.Paint p = b.paint();
		if (p.fill() != null) {
			g.setColor(Color.decode(p.fill()));
			g.fill(shape);
		}
		if (p.stroke() != null) {
			g.setColor(Color.decode(p.stroke()));
			g.setStroke(stroke(p));
			g.draw(shape);
		}
		List<String> lines = Scene.lines(b);
		g.setColor(p.textColor() == null ? Color.BLACK : Color.decode(p.textColor()));
		for (int i = 0; i < lines.size(); i++) {
			g.setFont(font(i == 0, DiagramMetrics.lineFont(i)));
			g.drawString(lines.get(i), (float) (r.x() + DiagramMetrics.PAD), (float) (r.y() + DiagramMetrics.baseline(i)));
		}
		if (b.worst() != null) {
			double cx = r.maxX() - 2, cy = r.y() + 2;
			g.setColor(Color.decode(Scene.color(b.worst())));
			g.fill(new java.awt.geom.Ellipse2D.Double(cx - 8, cy - 8, 16, 16));
			g.setColor(Color.WHITE);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
			String n = b.decorations().size() > 9 ? "9+" : String.valueOf(b.decorations().size());
			g.drawString(n, (float) (cx - g.getFontMetrics().stringWidth(n) / 2.0), (float) (cy + 4));
		}
	}

	private static void edge(Graphics2D g, Scene.Line l) {
		Scene.Paint p = l.paint();
		if (p.stroke() == null || l.points().size() < 2) {
			return;
		}
		Path2D path = new Path2D.Double();
		List<DiagramLayout.Point> pts = l.points();
		path.moveTo(pts.get(0).x(), pts.get(0).y());
		for (int i = 1; i < pts.size(); i++) {
			path.lineTo(pts.get(i).x(), pts.get(i).y());
		}
		g.setColor(Color.decode(p.stroke()));
		g.setStroke(stroke(p));
		g.draw(path);
		// arrowhead
		DiagramLayout.Point a = pts.get(pts.size() - 2), b = pts.get(pts.size() - 1);
		double ang = Math.atan2(b.y() - a.y(), b.x() - a.x());
		Path2D head = new Path2D.Double();
		head.moveTo(b.x(), b.y());
		head.lineTo(b.x() - 8 * Math.cos(ang - 0.4), b.y() - 8 * Math.sin(ang - 0.4));
		head.lineTo(b.x() - 8 * Math.cos(ang + 0.4), b.y() - 8 * Math.sin(ang + 0.4));
		head.closePath();
		g.fill(head);
	}

	private static void edgeLabel(Graphics2D g, Scene.Line l) {
		Scene.Paint p = l.paint();
		if (l.label() != null) {
			// centred in the label's box, on a white halo so that the line does not strike through it
			g.setFont(font(false, DiagramMetrics.EDGE_FONT));
			String t = l.labelText();
			DiagramLayout.Point c = l.label().center();
			float x = (float) (c.x() - g.getFontMetrics().getStringBounds(t, g).getWidth() / 2.0);
			float y = (float) (c.y() + (DiagramMetrics.ASCENT - DiagramMetrics.DESCENT) * DiagramMetrics.EDGE_FONT / 2);
			java.awt.Shape outline = new java.awt.font.TextLayout(t, g.getFont(), g.getFontRenderContext())
					.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x, y));
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke((float) (2 * DiagramMetrics.EDGE_LABEL_PAD), BasicStroke.CAP_ROUND,
					BasicStroke.JOIN_ROUND));
			g.draw(outline);
			g.setColor(p.textColor() == null ? Color.DARK_GRAY : Color.decode(p.textColor()));
			g.fill(outline);
		}
	}

	/** The font the metrics measure (DejaVu Sans; Java's sans serif where it is not installed). */
	private static Font font(boolean bold, double size) {
		Font f = new Font(DiagramMetrics.FONT_FAMILY, bold ? Font.BOLD : Font.PLAIN, 1);
		if (!DiagramMetrics.FONT_FAMILY.equals(f.getFamily(java.util.Locale.ROOT))) {
			f = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1);
		}
		return f.deriveFont((float) size);
	}

	private static Stroke stroke(Scene.Paint p) {
		float w = (float) Math.max(0.5, p.strokeWidth());
		if (p.dash() != null && p.dash().matches("[0-9. ]+")) {
			String[] parts = p.dash().trim().split("\\s+");
			float[] dash = new float[parts.length];
			for (int i = 0; i < parts.length; i++) {
				dash[i] = Math.max(0.5f, Float.parseFloat(parts[i]));
			}
			return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
		}
		return new BasicStroke(w);
	}
}
