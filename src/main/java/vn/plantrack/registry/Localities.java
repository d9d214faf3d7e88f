package vn.plantrack.registry;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.plantrack.shared.text.VietText;

/** Provinces sharing the installation; nothing crosses localities unless a document says so. */
@Repository
public class Localities {

	private final JdbcClient jdbc;

	Localities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The id of the locality called {@code name} ("Lai Châu"), created when first met. */
	public long idFor(String name) {
		String code = VietText.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		Optional<Long> existing = jdbc.sql("SELECT id FROM locality WHERE code = ?").param(code).query(Long.class).optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		jdbc.sql("INSERT INTO locality (code, name) VALUES (?, ?)").params(code, name).update();
		return jdbc.sql("SELECT id FROM locality WHERE code = ?").param(code).query(Long.class).single();
	}
}
