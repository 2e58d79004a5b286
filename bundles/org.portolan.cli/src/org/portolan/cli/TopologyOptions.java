package org.portolan.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Parameters;

/**
 * The input of a command about one topology (shared by {@code report} and {@code diagram}): the topology file and the
 * further files or folders it uses.
 */
final class TopologyOptions {

	@Parameters(index = "0", paramLabel = "TOPOLOGY", description = "the topology file (.portolan)")
	Path topologyFile;

	@Parameters(index = "1..*", arity = "0..*", paramLabel = "MORE", description = "further files or folders the topology uses (catalogs)")
	List<Path> more;

	/** The loaded files with the shipped catalogs; {@code null} after printing the input errors (exit code 2). */
	ModelSet load(Console console) {
		return ModelSet.loadTopology(topologyFile, more, console);
	}
}
