package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.portolan.model.Forest;
import org.portolan.model.ForestTrust;
import org.portolan.model.TrustDirection;
import org.portolan.model.TrustType;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * GALSYNC-001: forests marked for cross-forest GAL synchronization ({@code Forest.galSyncWith}, language
 * {@code gal-sync-with}) are joined by a two-way forest (or external) trust: one TWO_WAY trust declared in either
 * forest, or an INCOMING and an OUTGOING one (directions seen from the first forest). Error on the marked forest.
 */
public final class Galsync001TwoWayForestTrust extends AbstractRule {

	public Galsync001TwoWayForestTrust() {
		super("GALSYNC-001", RuleCategory.DIRECTORY, Severity.ERROR, "Two-way forest trust for the cross-forest scenario",
				"000 L5020-5022, L5036-5054");
	}

	private static TrustDirection inverse(TrustDirection d) {
		return switch (d) {
			case INCOMING -> TrustDirection.OUTGOING;
			case OUTGOING -> TrustDirection.INCOMING;
			case TWO_WAY -> TrustDirection.TWO_WAY;
		};
	}

	private static boolean usable(ForestTrust t) {
		return t.getTrustType() == TrustType.FOREST || t.getTrustType() == TrustType.EXTERNAL;
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (GalSyncPairs.Pair pair : GalSyncPairs.of(context.topology())) {
			Forest f = pair.marked(), g = pair.partner();
			Set<TrustDirection> directions = EnumSet.noneOf(TrustDirection.class);
			List<String> seen = new ArrayList<>();
			for (ForestTrust t : f.getTrusts()) {
				if (t.getPartner() == g) {
					seen.add(q(t) + " " + t.getTrustType().getName().toLowerCase() + " " + t.getDirection().getName().toLowerCase());
					if (usable(t)) {
						directions.add(t.getDirection());
					}
				}
			}
			for (ForestTrust t : g.getTrusts()) {
				if (t.getPartner() == f) {
					seen.add(q(t) + " " + t.getTrustType().getName().toLowerCase() + " " + t.getDirection().getName().toLowerCase()
							+ " (declared in " + q(g) + ")");
					if (usable(t)) {
						directions.add(inverse(t.getDirection()));
					}
				}
			}
			boolean twoWay = directions.contains(TrustDirection.TWO_WAY)
					|| directions.containsAll(EnumSet.of(TrustDirection.INCOMING, TrustDirection.OUTGOING));
			if (!twoWay) {
				findings.add(info(), f, "Forests " + q(f) + " and " + q(g) + " synchronize their GAL but have no two-way "
						+ "forest trust (" + (seen.isEmpty() ? "no trust between them" : "trusts: " + String.join(", ", seen))
						+ ")" + cite(), g);
			}
		}
	}
}
