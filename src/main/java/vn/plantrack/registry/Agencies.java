package vn.plantrack.registry;

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

	public void addAlias(long agencyId, String alias) {
		jdbc.sql("INSERT INTO agency_alias (agency_id, alias, folded) VALUES (?, ?, ?)")
			.params(agencyId, alias, VietText.fold(VietText.squeeze(alias)))
			.update();
	}
}
