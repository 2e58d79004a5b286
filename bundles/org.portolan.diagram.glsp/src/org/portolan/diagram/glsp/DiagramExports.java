package org.portolan.diagram.glsp;

import java.util.function.Consumer;

/** Where SVG exported by the client goes (the workbench asks for a file; tests record it). */
public class DiagramExports {

	private volatile Consumer<String> svgSink = svg -> {
	};
	private volatile String lastSvg;

	public void setSvgSink(Consumer<String> sink) {
		this.svgSink = sink == null ? svg -> {
		} : sink;
	}

	public void svgFromClient(String svg) {
		lastSvg = svg;
		svgSink.accept(svg);
	}

	public String lastSvg() {
		return lastSvg;
	}
}
