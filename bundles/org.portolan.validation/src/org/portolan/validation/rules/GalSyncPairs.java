package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.portolan.model.Forest;
import org.portolan.model.Topology;

/** The forest pairs marked for cross-forest GAL synchronization ({@code Forest.galSyncWith}), each pair once. */
final class GalSyncPairs {

	record Pair(Forest marked, Forest partner) {
	}

	private GalSyncPairs() {
	}

	static List<Pair> of(Topology topology) {
		List<Pair> result = new ArrayList<>();
		for (Forest f : topology.getForests()) {
			for (Forest g : f.getGalSyncWith()) {
				if (g == f || g == null) {
					continue;
				}
				boolean seen = result.stream().anyMatch(p -> p.marked() == g && p.partner() == f || p.marked() == f && p.partner() == g);
				if (!seen) {
					result.add(new Pair(f, g));
				}
			}
		}
		return result;
	}
}
