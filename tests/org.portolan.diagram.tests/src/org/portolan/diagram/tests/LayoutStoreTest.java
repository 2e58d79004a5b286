package org.portolan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.DiagramLayoutStore;

/** The layout sidecar beside the model. */
class LayoutStoreTest {

	@Test
	void sidecarRoundTripsBesideTheModel(@TempDir Path dir) throws IOException {
		Path model = dir.resolve("edge.portolan");
		Files.writeString(model, "topology t");
		DiagramLayout layout = new DiagramLayout();
		layout.setBounds("zone:perimeter", new DiagramLayout.Bounds(20, 30.5, 400, 300));
		layout.setBounds("server:edge1", new DiagramLayout.Bounds(14, 44, 160, 63.25));
		layout.setRoute("pool-member:pool:p->server:edge1",
				List.of(new DiagramLayout.Point(1, 2), new DiagramLayout.Point(3.5, 4)));
		Path written = DiagramLayoutStore.write(model, layout);
		assertEquals(dir.resolve("edge.portolan.layout").toAbsolutePath(), written);
		assertEquals("topology t", Files.readString(model), "the model is untouched");
		DiagramLayoutStore.Loaded loaded = DiagramLayoutStore.read(model);
		assertTrue(loaded.ok(), String.valueOf(loaded.problem()));
		assertEquals(layout.allBounds(), loaded.layout().allBounds());
		assertEquals(layout.allRoutes(), loaded.layout().allRoutes());
		// rewriting replaces the file and leaves no temporary file behind
		layout.setBounds("server:edge2", new DiagramLayout.Bounds(200, 44, 160, 63));
		DiagramLayoutStore.write(model, layout);
		assertEquals(3, DiagramLayoutStore.read(model).layout().allBounds().size());
		try (var files = Files.list(dir)) {
			assertEquals(List.of("edge.portolan", "edge.portolan.layout"),
					files.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void missingSidecarIsAnEmptyLayoutWithoutProblem(@TempDir Path dir) {
		DiagramLayoutStore.Loaded loaded = DiagramLayoutStore.read(dir.resolve("none.portolan"));
		assertTrue(loaded.ok());
		assertTrue(loaded.layout().isEmpty());
	}

	@Test
	void corruptSidecarIsReportedWithItsNameAndKept(@TempDir Path dir) throws IOException {
		Path model = dir.resolve("edge.portolan");
		Path sidecar = DiagramLayoutStore.sidecarOf(model);
		for (String corrupt : List.of("{ \"version\": 1, \"nodes\": { \"a\": { \"x\": 1, ", "not json at all",
				"{ \"version\": 1, \"nodes\": { \"a\": { \"x\": \"left\", \"y\": 0, \"w\": 1, \"h\": 1 } } }",
				"{ \"version\": 7 }")) {
			Files.writeString(sidecar, corrupt, StandardCharsets.UTF_8);
			DiagramLayoutStore.Loaded loaded = DiagramLayoutStore.read(model);
			assertFalse(loaded.ok(), corrupt);
			assertTrue(loaded.problem().contains(sidecar.toString()), loaded.problem());
			assertTrue(loaded.problem().contains("laid out automatically"), loaded.problem());
			assertTrue(loaded.layout().isEmpty(), "falls back to automatic layout");
			assertNull(loaded.layout().bounds("a"));
			assertEquals(corrupt, Files.readString(sidecar), "the corrupt file is not deleted or changed");
		}
	}
}
