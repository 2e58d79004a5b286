package org.portolan.cli;

import java.io.PrintWriter;

/** stdout for results, stderr for progress (silenced by --quiet) and errors. */
final class Console {
	final PrintWriter out;
	final PrintWriter err;
	final boolean quiet;

	Console(PrintWriter out, PrintWriter err, boolean quiet) {
		this.out = out;
		this.err = err;
		this.quiet = quiet;
	}

	void progress(String message) {
		if (!quiet) {
			err.println("portolan: " + message);
			err.flush();
		}
	}

	void error(String message) {
		err.println(message);
		err.flush();
	}
}
