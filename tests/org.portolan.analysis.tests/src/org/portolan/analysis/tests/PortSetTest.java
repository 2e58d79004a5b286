package org.portolan.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.portolan.analysis.PortSet;
import org.portolan.testsupport.TopologyBuilder;

class PortSetTest {

	@Test
	void specsBecomeNormalizedIntervals() {
		assertEquals("135, 5061-5062, 50000-59999",
				PortSet.of(TopologyBuilder.ports("5062,50000-59999,5061,135"), PortSet.DEFAULT_DYNAMIC).toString());
		assertEquals("any", PortSet.of(TopologyBuilder.ports("any"), PortSet.DEFAULT_DYNAMIC).toString());
		assertEquals("1024-65535", PortSet.of(TopologyBuilder.ports("dynamic RPC"), PortSet.DEFAULT_DYNAMIC).toString());
		assertTrue(PortSet.isPortless(TopologyBuilder.ports("n/a")));
	}

	@Test
	void setAlgebra() {
		PortSet media = PortSet.range(50000, 59999);
		assertEquals("50000-54999, 55001-59999", media.minus(PortSet.of(55000)).toString());
		assertEquals(PortSet.of(443), PortSet.of(80, 443).intersect(PortSet.range(400, 500)));
		assertTrue(media.containsAll(PortSet.range(50000, 50010)));
		assertFalse(media.containsAll(PortSet.of(3478, 50000)));
		assertEquals(10000, media.size());
	}
}
