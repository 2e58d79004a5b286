package org.portolan.reports;

import org.portolan.model.io.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The output folder of a report run. Every file is written next to its final name as a temporary file and then
 * renamed over it, so a reader (or a crash) never sees a half-written report, and an existing report stays intact
 * when writing its replacement fails. Names that would leave the folder ({@code ..}, absolute paths, symbolic links
 * pointing outside) are refused.
 */
public final class OutputFolder {

	/** Writes the content of one file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private final Path root;

	/** Creates the folder if needed. */
	public OutputFolder(Path folder) throws IOException {
		Path abs = folder.toAbsolutePath().normalize();
		if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(abs)) {
			throw new FileAlreadyExistsException(abs.toString(), null, "exists and is not a folder");
		}
		Files.createDirectories(abs);
		this.root = abs.toRealPath();
	}

	public Path root() {
		return root;
	}

	/**
	 * The path of {@code relativeName} inside the folder.
	 *
	 * @throws IOException when the name is absolute or leaves the folder
	 */
	public Path resolve(String relativeName) throws IOException {
		if (relativeName == null || relativeName.isBlank()) {
			throw new IOException("empty output file name");
		}
		Path rel = Path.of(relativeName);
		if (rel.isAbsolute() || rel.getRoot() != null) {
			throw new IOException("refusing to write '" + relativeName + "': output names must be relative to " + root);
		}
		Path target = root.resolve(rel).normalize();
		if (!target.startsWith(root) || target.equals(root)) {
			throw new IOException("refusing to write '" + relativeName + "': it would leave the output folder " + root);
		}
		// a symbolic link inside the folder must not lead outside either
		Path parent = target.getParent();
		Files.createDirectories(parent);
		Path realParent = parent.toRealPath();
		if (!realParent.startsWith(root)) {
			throw new IOException("refusing to write '" + relativeName + "': its folder resolves to " + realParent
					+ ", outside the output folder " + root);
		}
		Path real = realParent.resolve(target.getFileName());
		if (Files.isSymbolicLink(real)) {
			Path linked = real.toRealPath();
			if (!linked.startsWith(root)) {
				throw new IOException("refusing to write '" + relativeName + "': it is a link to " + linked
						+ ", outside the output folder " + root);
			}
		}
		return real;
	}

	/** Writes one file atomically: temporary file in the same folder, then rename over the final name. */
	public Path write(String relativeName, Content content) throws IOException {
		return AtomicFiles.write(resolve(relativeName), content::writeTo);
	}
}
