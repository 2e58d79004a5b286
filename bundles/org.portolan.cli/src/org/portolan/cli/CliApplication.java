package org.portolan.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The CLI as an Equinox application ({@code org.portolan.cli.app}), for the built product:
 * {@code java -jar plugins/org.eclipse.equinox.launcher_*.jar -application org.portolan.cli.app validate FILE}.
 * The exit code is the application's result.
 */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = raw instanceof String[] a ? a : new String[0];
		context.applicationRunning();
		return Integer.valueOf(PortolanCli.run(args, System.out, System.err));
	}

	@Override
	public void stop() {
		// runs to completion
	}
}
