package org.portolan.catalog.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test files: class-path resources copied to a folder, or text written there. */
final class TestFiles {

	private TestFiles() {
	}

	/** Copies a class-path resource (e.g. {@code thirdparty/acme-sbc.portolan}) into a folder. */
	static Path copy(String resource, Path folder) throws IOException {
		Path target = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
		Files.createDirectories(folder);
		Files.writeString(target, Csv.resource(resource), StandardCharsets.UTF_8);
		return target;
	}

	/** Writes lines as a file. */
	static Path write(Path folder, String name, String... lines) throws IOException {
		Files.createDirectories(folder);
		Path target = folder.resolve(name);
		Files.writeString(target, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		return target;
	}
}
