package org.portolan.validation.tests;

import static org.portolan.validation.tests.Oracle.assertNone;
import static org.portolan.validation.tests.Oracle.assertOne;

import org.junit.jupiter.api.Test;
import org.portolan.model.DomainUser;
import org.portolan.validation.Severity;

/** Oracle tests for WIN-PWD-001..004, WIN-PWD-006, WIN-AD-010, EXCH-DL-001. */
class DirectoryRulesTest {

	@Test
	void pwd001HistoryAbove24() {
		Scenarios.Directory s = new Scenarios.Directory();
		assertNone(s.b.topology, "WIN-PWD-001");
		s.policy.setHistorySize(25);
		assertOne(s.b.topology, "WIN-PWD-001", s.domain, Severity.ERROR);
	}

	@Test
	void pwd002MaximumAgeOutOfRangeNotAboveMinimumOrNeverExpiring() {
		Scenarios.Directory s = new Scenarios.Directory();
		assertNone(s.b.topology, "WIN-PWD-002");
		s.policy.setMaxAgeDays(1000);
		assertOne(s.b.topology, "WIN-PWD-002", s.domain, Severity.ERROR);
		s.policy.setMaxAgeDays(1);
		assertOne(s.b.topology, "WIN-PWD-002", s.domain, Severity.ERROR);
		s.policy.setMinAgeDays(0);
		s.policy.setMaxAgeDays(0);
		assertOne(s.b.topology, "WIN-PWD-002", s.domain, Severity.WARNING);
	}

	@Test
	void pwd003MinimumAgeOutOfRangeOrZeroWithHistory() {
		Scenarios.Directory s = new Scenarios.Directory();
		assertNone(s.b.topology, "WIN-PWD-003");
		s.policy.setMinAgeDays(999);
		s.policy.setMaxAgeDays(0);
		assertOne(s.b.topology, "WIN-PWD-003", s.domain, Severity.ERROR);
		s.policy.setMinAgeDays(0);
		s.policy.setMaxAgeDays(42);
		assertOne(s.b.topology, "WIN-PWD-003", s.domain, Severity.WARNING);
		s.policy.setHistorySize(0);
		assertNone(s.b.topology, "WIN-PWD-003");
	}

	@Test
	void pwd004LengthAbove14OrZero() {
		Scenarios.Directory s = new Scenarios.Directory();
		assertNone(s.b.topology, "WIN-PWD-004");
		s.policy.setMinLength(15);
		assertOne(s.b.topology, "WIN-PWD-004", s.domain, Severity.ERROR);
		s.policy.setMinLength(0);
		assertOne(s.b.topology, "WIN-PWD-004", s.domain, Severity.WARNING);
	}

	@Test
	void pwd006ReversibleEncryption() {
		Scenarios.Directory s = new Scenarios.Directory();
		assertNone(s.b.topology, "WIN-PWD-006");
		s.policy.setReversibleEncryption(true);
		assertOne(s.b.topology, "WIN-PWD-006", s.domain, Severity.WARNING);
	}

	@Test
	void ad010UpnSuffixNotInTheForest() {
		Scenarios.Directory s = new Scenarios.Directory();
		assertNone(s.b.topology, "WIN-AD-010");
		DomainUser carol = s.user("carol", "carol@fabrikam.com");
		assertOne(s.b.topology, "WIN-AD-010", carol, Severity.ERROR);
	}

	@Test
	void dl001AtSignInGroupNameWarningOrErrorWhenUsedInAcls() {
		Scenarios.Directory s = new Scenarios.Directory();
		assertNone(s.b.topology, "EXCH-DL-001");
		s.sales.setDisplayName("sales@contoso");
		assertOne(s.b.topology, "EXCH-DL-001", s.sales, Severity.WARNING);
		s.sales.setUsedInAcl(true);
		assertOne(s.b.topology, "EXCH-DL-001", s.sales, Severity.ERROR);
	}
}
