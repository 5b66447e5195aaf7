package cn.beianbridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module; modules touch each other only through their public face. Which tables each
 * owns Modulith cannot see: {@link TableOwnershipTests} checks that.
 */
class ModularityTests {

	static final String DOCS = "docs/modulith";

	private final ApplicationModules modules = ApplicationModules.of(BeianBridgeApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/** Into docs/modulith (committed), which the Documenter empties first: nothing else belongs there. */
	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS)).writeDocumentation();
		try (Stream<Path> diagrams = Files.list(Path.of(DOCS))) {
			for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
				sortRelations(diagram);
			}
		}
	}

	/** The Documenter writes a diagram's relations in hash order: sorted, the committed files change only with them. */
	private static void sortRelations(Path diagram) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
		List<Integer> at = new ArrayList<>();
		List<String> relations = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("Rel(")) {
				at.add(i);
				relations.add(lines.get(i));
			}
		}
		relations.sort(null);
		for (int i = 0; i < at.size(); i++) {
			lines.set(at.get(i), relations.get(i));
		}
		sortComponents(lines);
		Files.write(diagram, lines);
	}

	/** A boundary's components come in hash order too: each run of them sorted. */
	private static void sortComponents(List<String> lines) {
		int start = -1;
		for (int i = 0; i <= lines.size(); i++) {
			boolean component = i < lines.size() && lines.get(i).trim().startsWith("Component(");
			if (component && start < 0) {
				start = i;
			}
			else if (!component && start >= 0) {
				lines.subList(start, i).sort(null);
				start = -1;
			}
		}
	}

}
