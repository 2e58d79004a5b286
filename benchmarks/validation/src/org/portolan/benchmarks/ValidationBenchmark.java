package org.portolan.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portolan.analysis.FirewallEvaluation;
import org.portolan.analysis.FlowAnalysis;
import org.portolan.analysis.RequiredFlows;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleChecker;
import org.portolan.validation.PortolanValidation;
import org.portolan.validation.ValidationContext;

/**
 * Benchmark harness (not a test): for each N, generates {@link SyntheticTopology}, then runs flow analysis, firewall
 * evaluation and every rule (sharing one {@link ValidationContext}, as a validation run does) — warm-up runs first,
 * then measured runs — and appends a Markdown report: median and minimum wall time per phase and per rule, flows,
 * findings, retained heap after the run and peak heap.
 *
 * <p>
 * Usage: {@code ValidationBenchmark <results.md> <N>...}
 * </p>
 */
public final class ValidationBenchmark {

	private static final int WARMUP = 2;
	private static final int RUNS = 5;

	private ValidationBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		int[] sizes = Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray();
		StringBuilder report = new StringBuilder();
		report.append("# Validation benchmark\n\n");
		report.append("Run ").append(Instant.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
				.append(" CPU(s), Java ").append(System.getProperty("java.version")).append(", max heap ")
				.append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB. ").append(WARMUP)
				.append(" warm-up and ").append(RUNS).append(" measured runs per size; times are wall-clock ms, median (min).\n")
				.append("Model built in memory by `SyntheticTopology` (no parsing/linking: the DSL has its own benchmark).\n\n");
		Map<Integer, Double> totals = new LinkedHashMap<>();
		for (int n : sizes) {
			report.append(run(n, totals));
		}
		if (totals.size() >= 2) {
			List<Integer> ns = new ArrayList<>(totals.keySet());
			for (int i = 1; i < ns.size(); i++) {
				int a = ns.get(i - 1);
				int b = ns.get(i);
				report.append(String.format("Scaling %d -> %d servers (%.1fx the model): total median time x%.2f.%n%n", a,
						b, (double) b / a, totals.get(b) / totals.get(a)));
			}
		}
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
		System.out.print(report);
	}

	private static String run(int n, Map<Integer, Double> totals) {
		long genStart = System.nanoTime();
		SyntheticTopology model = new SyntheticTopology(n);
		double genMs = (System.nanoTime() - genStart) / 1e6;
		List<RuleChecker> rules = PortolanValidation.rules();
		Map<String, List<Double>> times = new LinkedHashMap<>();
		int flows = 0;
		int findings = 0;
		long retained = 0;
		resetPeaks();
		for (int i = 0; i < WARMUP + RUNS; i++) {
			System.gc();
			long t0 = System.nanoTime();
			RequiredFlows required = FlowAnalysis.analyze(model.topology, model.catalog);
			long t1 = System.nanoTime();
			FirewallEvaluation evaluation = FirewallEvaluation.evaluate(required);
			long t2 = System.nanoTime();
			ValidationContext context = new ValidationContext(model.topology, required, evaluation);
			Findings sink = new Findings();
			Map<String, Double> ruleMs = new LinkedHashMap<>();
			for (RuleChecker rule : rules) {
				long r0 = System.nanoTime();
				rule.check(context, sink);
				ruleMs.put(rule.info().id(), (System.nanoTime() - r0) / 1e6);
			}
			long t3 = System.nanoTime();
			if (i >= WARMUP) {
				add(times, "flow analysis", (t1 - t0) / 1e6);
				add(times, "firewall evaluation", (t2 - t1) / 1e6);
				add(times, "rules (all)", (t3 - t2) / 1e6);
				add(times, "total", (t3 - t0) / 1e6);
				ruleMs.forEach((id, ms) -> add(times, "rule " + id, ms));
			}
			flows = required.size();
			findings = sink.all().size();
			if (i == WARMUP + RUNS - 1) {
				System.gc();
				Runtime rt = Runtime.getRuntime();
				retained = rt.totalMemory() - rt.freeMemory();
				if (context.flows() != required) {
					throw new IllegalStateException("context must reuse the flows");
				}
			}
		}
		totals.put(n, median(times.get("total")));
		StringBuilder sb = new StringBuilder();
		sb.append("## N = ").append(n).append(" servers\n\n");
		sb.append("System load average (1/5/15 min) after the runs: ").append(loadAverage()).append(".\n");
		sb.append(String.format("%d sites, %d firewalls, %d pools, %d connectors; generated in %.0f ms; %d required flows; %d findings.%n",
				model.topology.getSites().size(), model.topology.getFirewalls().size(), model.topology.getPools().size(),
				model.connectors, genMs, flows, findings));
		sb.append(String.format("Heap retained after the last run (model + flows + evaluation): %d MB; peak heap: %d MB.%n%n",
				retained / (1024 * 1024), peakHeap() / (1024 * 1024)));
		sb.append("| phase | median ms | min ms |\n|---|---:|---:|\n");
		for (Map.Entry<String, List<Double>> e : times.entrySet()) {
			sb.append(String.format("| %s | %.1f | %.1f |%n", e.getKey(), median(e.getValue()),
					e.getValue().stream().mapToDouble(Double::doubleValue).min().orElse(0)));
		}
		sb.append('\n');
		return sb.toString();
	}

	/** The machine's load average, so readers can tell a busy machine from a slow validator. */
	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return parts[0] + " / " + parts[1] + " / " + parts[2];
		} catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}

	private static void add(Map<String, List<Double>> times, String key, double ms) {
		times.computeIfAbsent(key, k -> new ArrayList<>()).add(ms);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}
}
