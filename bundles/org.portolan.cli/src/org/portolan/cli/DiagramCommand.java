package org.portolan.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.portolan.diagram.DiagramFilter;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.DiagramLayoutEngine;
import org.portolan.diagram.DiagramLayoutStore;
import org.portolan.diagram.DiagramMapper;
import org.portolan.diagram.DiagramPngExport;
import org.portolan.diagram.DiagramSpec;
import org.portolan.diagram.DiagramSvgExport;
import org.portolan.model.Topology;
import org.portolan.reports.OutputFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code portolan diagram TOPOLOGY --format svg|png --out DIR [--layers ...] [--filters ...]}: the topology diagram
 * of the shipped mapping, laid out with the positions of the sidecar beside the topology when there is one
 * (new elements laid out automatically), otherwise automatically.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true,
		description = "Export the topology diagram as SVG or PNG (layers and filters of the shipped diagram mapping).")
final class DiagramCommand implements Callable<Integer> {

	static final String SVG = "diagram.svg", PNG = "diagram.png";

	@Mixin
	TopologyOptions topologyOptions;

	@Option(names = "--format", required = true, split = ",", paramLabel = "FORMAT",
			description = "svg or png; repeat or separate with commas")
	List<String> formats;

	@Mixin
	OutputOptions output;

	@Option(names = "--layers", split = ",", paramLabel = "LAYER",
			description = "the layers to show (ids: network, certificates, mail, media, derived; or all); default: the mapping's default layers")
	List<String> layers;

	@Option(names = "--filters", split = ",", paramLabel = "FILTER",
			description = "the filters to apply (ids, or none); default: the mapping's default filters")
	List<String> filters;

	@Option(names = "--scale", defaultValue = "1.0", paramLabel = "FACTOR", description = "PNG scale factor (default 1.0)")
	double scale;

	@Override
	public Integer call() throws Exception {
		Console console = output.console();
		Set<String> chosen = new LinkedHashSet<>();
		for (String f : formats) {
			String k = f.trim().toLowerCase(Locale.ROOT);
			if (!k.equals("svg") && !k.equals("png")) {
				console.error("portolan: unknown diagram format '" + f + "' (svg or png)");
				return PortolanCli.USAGE;
			}
			chosen.add(k);
		}
		if (!(scale > 0 && scale <= 8)) {
			console.error("portolan: --scale must be greater than 0 and at most 8");
			return PortolanCli.USAGE;
		}
		DiagramSpec diagramSpec = DiagramSpec.shipped();
		DiagramFilter filter = DiagramFilter.defaults(diagramSpec);
		if (layers != null) {
			List<String> ids = new ArrayList<>();
			for (String l : layers) {
				if (l.equals("all")) {
					diagramSpec.layers().forEach(x -> ids.add(x.id()));
				} else if (diagramSpec.layers().stream().anyMatch(x -> x.id().equals(l))) {
					ids.add(l);
				} else {
					console.error("portolan: unknown layer '" + l + "' (" + String.join(", ",
							diagramSpec.layers().stream().map(DiagramSpec.Layer::id).toList()) + ", all)");
					return PortolanCli.USAGE;
				}
			}
			filter = filter.withLayers(ids);
		}
		if (filters != null) {
			Set<String> ids = new LinkedHashSet<>();
			for (String f : filters) {
				if (f.equals("none")) {
					continue;
				}
				if (diagramSpec.filters().stream().noneMatch(x -> x.id().equals(f))) {
					console.error("portolan: unknown filter '" + f + "' (" + String.join(", ",
							diagramSpec.filters().stream().map(DiagramSpec.Filter::id).toList()) + ", none)");
					return PortolanCli.USAGE;
				}
				ids.add(f);
			}
			filter = new DiagramFilter(filter.activeLayers(), ids);
		}
		ModelSet models = topologyOptions.load(console);
		if (models == null) {
			return PortolanCli.USAGE;
		}
		Topology topology = models.topology();
		Path topologyFile = topologyOptions.topologyFile;
		console.progress("analysing flows and validating " + topologyFile);
		DiagramMapper.Input input = DiagramMapper.Input.analyze(topology);
		DiagramGraph graph = new DiagramMapper(diagramSpec).map(input, filter);
		DiagramLayoutStore.Loaded stored = DiagramLayoutStore.read(topologyFile);
		if (!stored.ok()) {
			console.error("portolan: warning: " + stored.problem());
		}
		console.progress("laying out " + graph.elements().size() + " elements and " + graph.edges().size() + " edges"
				+ (stored.layout().isEmpty() ? "" : " (positions from " + stored.file().getFileName() + ")"));
		DiagramLayout layout = new DiagramLayoutEngine().layout(graph, stored.layout());
		String title = topology.getName() == null ? "topology" : topology.getName();
		List<Path> written = new ArrayList<>();
		try {
			OutputFolder folder = new OutputFolder(output.out);
			if (chosen.contains("svg")) {
				console.progress("writing " + SVG);
				String svg = DiagramSvgExport.export(graph, layout, diagramSpec, title);
				written.add(folder.write(SVG, o -> {
					Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
					w.write(svg);
					w.flush();
				}));
			}
			if (chosen.contains("png")) {
				console.progress("writing " + PNG);
				written.add(folder.write(PNG, o -> DiagramPngExport.export(graph, layout, diagramSpec, scale, o)));
			}
		} catch (IOException e) {
			console.error("portolan: cannot write the diagram: " + e.getMessage());
			return PortolanCli.USAGE;
		}
		return OutputOptions.written(console, written);
	}
}
