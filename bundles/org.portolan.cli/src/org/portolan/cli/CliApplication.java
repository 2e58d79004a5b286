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
		quietLog4j();
		return Integer.valueOf(PortolanCli.run(args, System.out, System.err));
	}

	/** Xtext logs through log4j 1.x; in OSGi no configuration is visible, so log4j would warn on stderr. */
	private static void quietLog4j() {
		try {
			org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
			if (!root.getAllAppenders().hasMoreElements()) {
				root.addAppender(new org.apache.log4j.varia.NullAppender());
				root.setLevel(org.apache.log4j.Level.ERROR);
			}
		} catch (LinkageError e) {
			// log4j not installed: nothing to silence
		}
	}

	@Override
	public void stop() {
		// runs to completion
	}
}
