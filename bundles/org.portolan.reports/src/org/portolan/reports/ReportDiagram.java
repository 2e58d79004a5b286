package org.portolan.reports;

import org.portolan.diagram.DiagramFilter;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayoutEngine;
import org.portolan.diagram.DiagramMapper;
import org.portolan.diagram.DiagramSpec;
import org.portolan.diagram.DiagramSvgExport;

/**
 * The topology diagram embedded in the HTML report: the shipped mapping with its default layers and filters, laid
 * out automatically, from the same flows and findings as the tables (so its decorations are the report's findings).
 */
public final class ReportDiagram {

	private ReportDiagram() {
	}

	/** Inline SVG (no XML declaration) for an HTML page; every piece of model text is escaped by the export. */
	public static String inlineSvg(PortolanReports.Analysis analysis) {
		DiagramSpec spec = DiagramSpec.shipped();
		DiagramGraph graph = new DiagramMapper(spec).map(analysis.topology(), analysis.flows(), analysis.findings(),
				DiagramFilter.defaults(spec));
		String svg = DiagramSvgExport.export(graph, new DiagramLayoutEngine().layout(graph), spec,
				analysis.topology().getName());
		if (svg.startsWith("<?xml")) {
			svg = svg.substring(svg.indexOf("?>") + 2).strip();
		}
		return svg;
	}
}
