package org.portolan.validation.rules;

import org.portolan.analysis.PortSet;
import org.portolan.model.CommunicationsDeployment;
import org.portolan.model.Organization;
import org.portolan.model.PortSpec;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/** SFB2015-CLIENT-001: with client media port ranges enabled, audio and video each need at least 20 ports. */
public final class Sfb2015Client001MediaPortRange extends AbstractRule {

	public Sfb2015Client001MediaPortRange() {
		super("SFB2015-CLIENT-001", RuleCategory.NETWORK, Severity.ERROR,
				"Client media port ranges need at least 20 ports each for audio and video", "004 L164-170");
	}

	private static int size(PortSpec spec) {
		return spec == null || PortSet.isPortless(spec) ? 0 : PortSet.of(spec, PortSet.EMPTY).size();
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Organization org : context.topology().getOrganizations()) {
			if (!(org instanceof CommunicationsDeployment d) || !d.isClientMediaPortRangeEnabled()) {
				continue;
			}
			int audio = size(d.getAudioPorts());
			int video = size(d.getVideoPorts());
			if (audio < 20) {
				findings.add(info(), d, "Deployment " + q(d) + " enables client media port ranges with " + audio
						+ " audio port(s); at least 20 are needed" + cite());
			}
			if (video < 20) {
				findings.add(info(), d, "Deployment " + q(d) + " enables client media port ranges with " + video
						+ " video port(s); at least 20 are needed" + cite());
			}
		}
	}
}
