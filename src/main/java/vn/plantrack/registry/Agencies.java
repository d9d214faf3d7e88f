package vn.plantrack.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.plantrack.shared.text.VietText;

/** The agency directory of each locality, matched by name or alias regardless of case and accents. */
@Repository
public class Agencies {

	private final JdbcClient jdbc;

	Agencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The agency of {@code localityId} called {@code name}; created (with its name as an alias) when unknown. */
	public long idFor(long localityId, String name) {
		String clean = VietText.squeeze(name);
		return find(localityId, clean).orElseGet(() -> create(localityId, clean));
	}

	public Optional<Long> find(long localityId, String name) {
		return jdbc.sql("""
				SELECT a.id FROM agency a JOIN agency_alias al ON al.agency_id = a.id
				WHERE a.locality_id = ? AND al.folded = ? ORDER BY a.id LIMIT 1""")
			.params(localityId, VietText.fold(VietText.squeeze(name)))
			.query(Long.class)
			.optional();
	}

	private long create(long localityId, String name) {
		KeyHolder keys = new GeneratedKeyHolder();
		boolean collective = VietText.fold(name).startsWith("cac ");
		jdbc.sql("INSERT INTO agency (locality_id, name, collective) VALUES (?, ?, ?)")
			.params(localityId, name, collective)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		addAlias(id, name);
		return id;
	}

	/** One entry of a locality's directory: the agency, its place in the hierarchy, and the names it goes by. */
	public record Entry(long id, String name, String shortName, String level, boolean collective, Long parentId,
			LocalDate activeFrom, LocalDate activeTo, List<String> aliases) {
	}

	/** The directory of {@code localityId}, parents before children, then by name. */
	public List<Entry> directory(long localityId) {
		List<Entry> entries = jdbc.sql("""
				SELECT id, name, short_name, level, collective, parent_id, active_from, active_to FROM agency
				WHERE locality_id = ? ORDER BY CASE WHEN parent_id IS NULL THEN 0 ELSE 1 END, name""")
			.param(localityId)
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
					rs.getString("level"), rs.getBoolean("collective"), (Long) rs.getObject("parent_id", Long.class),
					rs.getObject("active_from", LocalDate.class), rs.getObject("active_to", LocalDate.class), List.of()))
			.list();
		return entries.stream()
			.map(e -> new Entry(e.id(), e.name(), e.shortName(), e.level(), e.collective(), e.parentId(), e.activeFrom(),
					e.activeTo(), aliases(e.id())))
			.toList();
	}

	public List<String> aliases(long agencyId) {
		return jdbc.sql("SELECT alias FROM agency_alias WHERE agency_id = ? ORDER BY id")
			.param(agencyId)
			.query(String.class)
			.list();
	}

	/** The locality with {@code code} ("son-la"). */
	public Optional<Long> localityId(String code) {
		return jdbc.sql("SELECT id FROM locality WHERE code = ?").param(code).query(Long.class).optional();
	}

	public Optional<String> name(long agencyId) {
		return jdbc.sql("SELECT name FROM agency WHERE id = ?").param(agencyId).query(String.class).optional();
	}

	public void addAlias(long agencyId, String alias) {
		jdbc.sql("INSERT INTO agency_alias (agency_id, alias, folded) VALUES (?, ?, ?)")
			.params(agencyId, alias, VietText.fold(VietText.squeeze(alias)))
			.update();
	}
}
