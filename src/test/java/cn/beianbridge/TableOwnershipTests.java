package cn.beianbridge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each table has exactly one owning module (docs/modules.md), and only that module's mappers name it: the MyBatis
 * XML under {@code src/main/resources/cn/beianbridge/<module>} and the SQL of {@code @Select}, {@code @Update},
 * {@code @Insert} and {@code @Delete} in {@code src/main/java/cn/beianbridge/<module>}. Spring Modulith's
 * {@code verify()} sees Java types only; a mapper reaching into another module's table passes it unseen.
 */
class TableOwnershipTests {

	static final Path MODULES_PAGE = Path.of("docs/modules.md");

	static final Path JAVA = Path.of("src/main/java/cn/beianbridge");

	static final Path MAPPER_XML = Path.of("src/main/resources/cn/beianbridge");

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration/common");

	/** A row of the page's tables: | `table` | module | ... |. */
	static final Pattern OWNER_ROW = Pattern.compile("^\\|\\s*`([A-Za-z_]+\\*?)`\\s*\\|\\s*([a-z]+)\\s*\\|",
			Pattern.MULTILINE);

	/** The table a statement reads or writes: after FROM, JOIN, UPDATE (not FOR UPDATE) or INTO; no comma joins here. */
	static final Pattern TABLE_REFERENCE = Pattern.compile("\\b(?:FROM|JOIN|(?<!FOR\\s)UPDATE|INTO)\\s+([A-Za-z_][A-Za-z0-9_]*)",
			Pattern.CASE_INSENSITIVE);

	static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

	static final Pattern MAPPER_ANNOTATION = Pattern.compile("@(Select|Update|Insert|Delete)\\s*\\(");

	@Test
	void noMapperNamesATableOfAnotherModule() {
		Map<String, String> owners = owners();
		List<String> trespasses = new ArrayList<>();
		for (Statements statements : allStatements()) {
			for (String table : tablesNamedIn(statements.sql())) {
				String owner = ownerOf(owners, table);
				if (owner == null) {
					trespasses.add(statements.source() + " names " + table + ", which no module owns in " + MODULES_PAGE);
				}
				else if (!owner.equals(statements.module())) {
					trespasses.add(statements.source() + " (module " + statements.module() + ") names " + table
							+ ", owned by module " + owner);
				}
			}
		}
		assertThat(trespasses).as("mappers naming tables of other modules").isEmpty();
	}

	@Test
	void everyTableOfTheMigrationsHasAnOwner() throws IOException {
		Map<String, String> owners = owners();
		Set<String> tables = new LinkedHashSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.sorted().toList()) {
				Matcher created = CREATE_TABLE.matcher(Files.readString(file));
				while (created.find()) {
					tables.add(created.group(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		assertThat(tables).isNotEmpty();
		assertThat(tables).allSatisfy(table -> assertThat(ownerOf(owners, table))
			.as("the owner of table %s in %s", table, MODULES_PAGE).isNotNull());
	}

	@Test
	void theScanFindsTheStatementsOfEachMapperKind() {
		List<Statements> statements = allStatements();
		// the scan itself must see what it judges: XML mappers and annotated ones, with their tables
		assertThat(statements).anySatisfy(s -> {
			assertThat(s.source()).endsWith("ConsoleDeliveryMapper.xml");
			assertThat(tablesNamedIn(s.sql())).containsExactly("filing_event");
		});
		assertThat(statements).anySatisfy(s -> {
			assertThat(s.source()).endsWith("SubmissionDeadlines.java");
			assertThat(s.module()).isEqualTo("filing");
			assertThat(tablesNamedIn(s.sql())).containsExactly("filing");
		});
		assertThat(statements).anySatisfy(s -> {
			assertThat(s.source()).endsWith("ReviewOverdue.java");
			assertThat(tablesNamedIn(s.sql())).containsExactlyInAnyOrder("filing", "filing_history",
					"approval_awaiting_numbers");
		});
	}

	/** table (lower case) or prefix* → owning module, from the page's tables. */
	static Map<String, String> owners() {
		Map<String, String> owners = new LinkedHashMap<>();
		Matcher row = OWNER_ROW.matcher(read(MODULES_PAGE));
		while (row.find()) {
			String previous = owners.put(row.group(1).toLowerCase(Locale.ROOT), row.group(2));
			assertThat(previous).as("one owner for table %s", row.group(1)).isNull();
		}
		assertThat(owners).as("the table list of %s", MODULES_PAGE).isNotEmpty();
		return owners;
	}

	static String ownerOf(Map<String, String> owners, String table) {
		String name = table.toLowerCase(Locale.ROOT);
		if (owners.containsKey(name)) {
			return owners.get(name);
		}
		return owners.entrySet().stream()
			.filter(e -> e.getKey().endsWith("*") && name.startsWith(e.getKey().substring(0, e.getKey().length() - 1)))
			.map(Map.Entry::getValue).findFirst().orElse(null);
	}

	static Set<String> tablesNamedIn(String sql) {
		Set<String> tables = new LinkedHashSet<>();
		Matcher reference = TABLE_REFERENCE.matcher(sql);
		while (reference.find()) {
			tables.add(reference.group(1).toLowerCase(Locale.ROOT));
		}
		return tables;
	}

	/** The SQL of one mapper file, and the module (top-level package) it belongs to. */
	record Statements(String source, String module, String sql) {
	}

	static List<Statements> allStatements() {
		List<Statements> statements = new ArrayList<>();
		for (Path xml : files(MAPPER_XML, ".xml")) {
			// comments explain the SQL in words that may look like it; tags (<update id=...>) are not SQL
			String sql = read(xml).replaceAll("(?s)<!--.*?-->", " ").replaceAll("<[^>]*>", " ");
			statements.add(new Statements(xml.toString(), moduleOf(MAPPER_XML, xml), sql));
		}
		for (Path java : files(JAVA, ".java")) {
			String sql = annotatedSql(read(java));
			if (!sql.isEmpty()) {
				statements.add(new Statements(java.toString(), moduleOf(JAVA, java), sql));
			}
		}
		return statements;
	}

	/** The string literals inside each MyBatis statement annotation of a source file, joined. */
	static String annotatedSql(String source) {
		StringBuilder sql = new StringBuilder();
		Matcher annotation = MAPPER_ANNOTATION.matcher(source);
		int from = 0;
		while (annotation.find(from)) {
			int i = annotation.end();
			int depth = 1;
			while (depth > 0) {
				if (source.startsWith("\"\"\"", i)) {
					int end = source.indexOf("\"\"\"", i + 3);
					sql.append(source, i + 3, end).append('\n');
					i = end + 3;
				}
				else if (source.charAt(i) == '"') {
					int end = i + 1;
					while (source.charAt(end) != '"') {
						end += source.charAt(end) == '\\' ? 2 : 1;
					}
					sql.append(source, i + 1, end);
					i = end + 1;
				}
				else {
					depth += source.charAt(i) == '(' ? 1 : source.charAt(i) == ')' ? -1 : 0;
					i++;
				}
			}
			sql.append('\n');
			from = i;
		}
		return sql.toString();
	}

	static String moduleOf(Path root, Path file) {
		return root.relativize(file).getName(0).toString();
	}

	static List<Path> files(Path root, String suffix) {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
