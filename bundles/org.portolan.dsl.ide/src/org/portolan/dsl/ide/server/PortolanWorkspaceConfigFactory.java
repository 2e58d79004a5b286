package org.portolan.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.MultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.workspace.FileProjectConfig;
import org.eclipse.xtext.workspace.FileSourceFolder;
import org.eclipse.xtext.workspace.IWorkspaceConfig;
import org.eclipse.xtext.workspace.WorkspaceConfig;

/** One project per workspace folder (as Xtext does), whose source folder skips {@link #SKIPPED} folders. */
public class PortolanWorkspaceConfigFactory extends MultiRootWorkspaceConfigFactory {

	/** Folder names never indexed: build output, VCS and package-manager folders. */
	public static final Set<String> SKIPPED = Set.of("target", "bin", "node_modules", ".git", ".metadata", ".tycho-consumer-pom");

	@Override
	protected void addProjectsForWorkspaceFolder(WorkspaceConfig workspaceConfig, WorkspaceFolder workspaceFolder,
			Set<String> existingNames) {
		String uri = workspaceFolder.getUri();
		if (uri != null) {
			workspaceConfig.addProject(new ProjectConfig(getUriExtensions().toUri(uri),
					getUniqueProjectName(workspaceFolder.getName(), existingNames), workspaceConfig));
		}
	}

	/** Whether {@code file} lies in a skipped folder below {@code root}. */
	static boolean isSkipped(URI root, URI file) {
		String[] rootSegments = root.hasTrailingPathSeparator() ? root.trimSegments(1).segments() : root.segments();
		String[] segments = file.segments();
		for (int i = rootSegments.length; i < segments.length - 1; i++) {
			if (SKIPPED.contains(segments[i])) {
				return true;
			}
		}
		return false;
	}

	static final class ProjectConfig extends FileProjectConfig {
		private final SourceFolder folder = new SourceFolder(this);

		ProjectConfig(URI path, String name, IWorkspaceConfig workspace) {
			super(path, name, workspace);
		}

		@Override
		public Set<FileSourceFolder> getSourceFolders() {
			return Set.of(folder);
		}

		@Override
		public FileSourceFolder findSourceFolderContaining(URI member) {
			return folder.contains(member) ? folder : null;
		}
	}

	static final class SourceFolder extends FileSourceFolder {
		SourceFolder(FileProjectConfig project) {
			super(project, ".");
		}

		@Override
		public boolean contains(URI uri) {
			return super.contains(uri) && !isSkipped(getPath(), uri);
		}

		@Override
		public List<URI> getAllResources(IFileSystemScanner scanner) {
			List<URI> result = new ArrayList<>();
			scanner.scan(getPath(), uri -> {
				if (!isSkipped(getPath(), uri)) {
					result.add(uri);
				}
			});
			return result;
		}
	}
}
