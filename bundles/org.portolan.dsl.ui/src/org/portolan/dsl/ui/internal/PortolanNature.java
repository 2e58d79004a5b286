package org.portolan.dsl.ui.internal;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** Marks a project whose {@code .portolan} files are validated by the Portolan builder. */
public class PortolanNature implements IProjectNature {

	public static final String ID = "org.portolan.dsl.ui.nature";
	public static final String BUILDER_ID = "org.portolan.dsl.ui.builder";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		if (Arrays.stream(commands).noneMatch(c -> BUILDER_ID.equals(c.getBuilderName()))) {
			ICommand command = description.newCommand();
			command.setBuilderName(BUILDER_ID);
			ICommand[] updated = Arrays.copyOf(commands, commands.length + 1);
			updated[commands.length] = command;
			description.setBuildSpec(updated);
			project.setDescription(description, null);
		}
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(c -> !BUILDER_ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
