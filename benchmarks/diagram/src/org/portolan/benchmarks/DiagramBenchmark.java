package org.portolan.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.portolan.analysis.FlowAnalysis;
import org.portolan.analysis.RequiredFlows;
import org.portolan.diagram.DiagramFilter;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.DiagramLayoutEngine;
import org.portolan.diagram.DiagramMapper;
import org.portolan.diagram.DiagramSpec;
import org.portolan.model.Firewall;
import org.portolan.model.FirewallInterface;
import org.portolan.model.NetworkInterface;
import org.portolan.model.NetworkZone;
import org.portolan.model.Pool;
import org.portolan.model.PortolanFactory;
import org.portolan.model.ProtocolConnector;
import org.portolan.model.Server;
import org.portolan.model.Site;
import org.portolan.model.Topology;
import org.portolan.model.Transport;
import org.portolan.model.ZoneKind;

/**
 * Diagram benchmark (issue 8): a synthetic topology of about N diagram nodes (sites, zones, servers, pools,
 * firewalls, connectors), mapped with the shipped spec and laid out with ELK; then one edit (a server added to a
 * zone) re-mapped and laid out incrementally from the previous layout. Goals: open <= 3 s, refresh <= 200 ms.
 */
public final class DiagramBenchmark {

	static final PortolanFactory F = PortolanFactory.eINSTANCE;

	/** About {@code nodes} diagram elements: 4 sites x 5 zones, 2% pools, 1% firewalls, the rest servers. */
	static Topology generate(int nodes, long seed) {
		Random rnd = new Random(seed);
		Topology t = F.createTopology();
		t.setName("bench");
		List<NetworkZone> zones = new ArrayList<>();
		for (int s = 0; s < 4; s++) {
			Site site = F.createSite();
			site.setName("site" + s);
			t.getSites().add(site);
			for (int z = 0; z < 5; z++) {
				NetworkZone zone = F.createNetworkZone();
				zone.setName("s" + s + "z" + z);
				zone.setKind(z == 0 ? ZoneKind.PERIMETER : ZoneKind.INTERNAL);
				zone.getSubnets().add("10." + s + "." + z + ".0/24");
				zone.setSite(site);
				t.getZones().add(zone);
				zones.add(zone);
			}
		}
		int firewalls = Math.max(1, nodes / 100), pools = Math.max(1, nodes / 50);
		int servers = nodes - 24 - firewalls - pools;
		List<Server> all = new ArrayList<>();
		for (int i = 0; i < servers; i++) {
			all.add(server(t, "srv" + i, zones.get(rnd.nextInt(zones.size())), i));
		}
		for (int p = 0; p < pools; p++) {
			Pool pool = F.createPool();
			pool.setName("pool" + p);
			pool.setFqdn("pool" + p + ".bench.test");
			for (int m = 0; m < 3; m++) {
				pool.getMembers().add(all.get(rnd.nextInt(all.size())));
			}
			t.getPools().add(pool);
		}
		for (int f = 0; f < firewalls; f++) {
			Firewall fw = F.createFirewall();
			fw.setName("fw" + f);
			for (int k = 0; k < 2; k++) {
				FirewallInterface fi = F.createFirewallInterface();
				fi.setName("if" + k);
				fi.setZone(zones.get(rnd.nextInt(zones.size())));
				fw.getInterfaces().add(fi);
			}
			t.getFirewalls().add(fw);
		}
		for (int c = 0; c < servers / 2; c++) {
			ProtocolConnector pc = F.createProtocolConnector();
			pc.setName("c" + c);
			pc.setAppProtocol("HTTPS");
			pc.setTransport(Transport.TCP);
			pc.setFrom(all.get(rnd.nextInt(all.size())));
			pc.setTo(all.get(rnd.nextInt(all.size())));
			t.getConnectors().add(pc);
		}
		return t;
	}

	static Server server(Topology t, String name, NetworkZone zone, int i) {
		Server s = F.createServer();
		s.setName(name);
		s.setFqdn(name + ".bench.test");
		NetworkInterface nic = F.createNetworkInterface();
		nic.setName("lan");
		nic.setIpAddress("10.200." + (i / 250) + "." + (i % 250 + 1));
		nic.setZone(zone);
		s.getInterfaces().add(nic);
		t.getServers().add(s);
		return s;
	}

	record Sample(double openMs, double refreshMs, int elements, int edges) {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		DiagramSpec spec = DiagramSpec.shipped();
		DiagramMapper mapper = new DiagramMapper(spec);
		DiagramFilter filter = DiagramFilter.defaults(spec);
		DiagramLayoutEngine engine = new DiagramLayoutEngine();
		List<Sample> samples = new ArrayList<>();
		long heap = 0;
		for (int run = 0; run < runs + 1; run++) { // run 0 warms the JIT up and is not counted
			Topology t = generate(nodes, 42);
			RequiredFlows flows = FlowAnalysis.analyze(t);
			long t0 = System.nanoTime();
			DiagramGraph g = mapper.map(t, flows, List.of(), filter);
			DiagramLayout layout = engine.layout(g);
			long t1 = System.nanoTime();
			// one edit: a server added to a zone; the flows are recomputed by the caller (analysis, not timed here)
			server(t, "added" + run, t.getZones().get(7), 60000 + run);
			RequiredFlows flows2 = FlowAnalysis.analyze(t);
			long t2 = System.nanoTime();
			DiagramGraph g2 = mapper.map(t, flows2, List.of(), filter);
			DiagramLayout layout2 = engine.layout(g2, layout);
			long t3 = System.nanoTime();
			if (layout2.bounds("server:added" + run) == null) {
				throw new IllegalStateException("the added server was not laid out");
			}
			if (run > 0) {
				samples.add(new Sample((t1 - t0) / 1e6, (t3 - t2) / 1e6, g.elements().size(), g.edges().size()));
			}
			if (run == runs) {
				System.gc();
				Runtime rt = Runtime.getRuntime();
				heap = rt.totalMemory() - rt.freeMemory();
				if (layout.allBounds().isEmpty() || g2 == null) {
					throw new IllegalStateException();
				}
			}
		}
		double[] open = samples.stream().mapToDouble(Sample::openMs).sorted().toArray();
		double[] refresh = samples.stream().mapToDouble(Sample::refreshMs).sorted().toArray();
		String load = Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).trim() : "?";
		StringBuilder sb = new StringBuilder();
		sb.append("# Diagram benchmark ").append(java.time.LocalDate.now()).append("\n\n");
		sb.append("Synthetic topology (`DiagramBenchmark.generate`): ").append(samples.get(0).elements())
				.append(" diagram elements (4 sites, 20 zones, servers, pools, firewalls) and ").append(samples.get(0).edges())
				.append(" edges with the shipped spec's default layers (pool members, firewall interfaces, protocol connectors).\n\n");
		sb.append("Java ").append(System.getProperty("java.version")).append(", ")
				.append(Runtime.getRuntime().availableProcessors()).append(" processors, load average `").append(load)
				.append("`, ").append(runs).append(" runs after one warm-up run.\n\n");
		sb.append("| measure | goal | median | min | max |\n|---|---|---|---|---|\n");
		sb.append(String.format(Locale.ROOT, "| open: map + full ELK layout | <= 3000 ms | %.0f ms | %.0f ms | %.0f ms |%n",
				median(open), open[0], open[open.length - 1]));
		sb.append(String.format(Locale.ROOT,
				"| refresh after one edit: re-map + incremental layout | <= 200 ms | %.0f ms | %.0f ms | %.0f ms |%n",
				median(refresh), refresh[0], refresh[refresh.length - 1]));
		sb.append(String.format(Locale.ROOT, "%nHeap in use after the last run (after System.gc()): %.0f MB%n",
				heap / 1048576.0));
		sb.append("\nAll samples (open ms / refresh ms): ").append(Arrays.toString(samples.stream()
				.map(s -> String.format(Locale.ROOT, "%.0f/%.0f", s.openMs(), s.refreshMs())).toArray())).append('\n');
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
		System.out.print(sb);
	}

	static double median(double[] sorted) {
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}
}
