package org.portolan.dsl.ide.server;

import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.util.Modules;

/**
 * Main class of the standalone language server (stdio): Xtext's server with Portolan's workspace layout, which
 * leaves build output and tool folders ({@code target/}, {@code node_modules/}, …) out of the index so that stale
 * copies of models there do not shadow or duplicate the user's files.
 */
public final class PortolanServerLauncher {

	private PortolanServerLauncher() {
	}

	public static void main(String[] args) {
		ServerLauncher.launch(ServerLauncher.class.getName(), args, Modules.override(new ServerModule())
				.with(binder -> binder.bind(IMultiRootWorkspaceConfigFactory.class).to(PortolanWorkspaceConfigFactory.class)));
	}
}
