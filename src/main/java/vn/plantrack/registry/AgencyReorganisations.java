package vn.plantrack.registry;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.shared.text.VietText;

/**
 * Keeping a locality's directory up to date: new agencies, more names for an agency, and reorganisation
 * events with their date and legal basis (as migration V10 records Sơn La's 2025 reorganisation).
 * Refusals throw {@link IllegalArgumentException} with a message for the user.
 */
@Service
public class AgencyReorganisations {

	static final Set<String> KINDS = Set.of("MERGE", "SPLIT", "RENAME", "ABOLISH");

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final AgencySuccessions successions;

	private final AuditLog audit;

	AgencyReorganisations(JdbcClient jdbc, Agencies agencies, AgencySuccessions successions, AuditLog audit) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.successions = successions;
		this.audit = audit;
	}

	public record NewAgency(String locality, String name, String shortName, Long parentId, String level,
			LocalDate activeFrom) {
	}

	/**
	 * One event: {@code from} is succeeded by each of {@code to} on {@code effectiveDate}. MERGE and RENAME
	 * name one successor, SPLIT two or more, ABOLISH none.
	 */
	public record Event(String kind, long fromAgencyId, List<Long> toAgencyIds, LocalDate effectiveDate, String source) {
	}

	@Transactional
	public long create(NewAgency agency, String actor) {
		long localityId = agencies.localityId(agency.locality())
			.orElseThrow(() -> new IllegalArgumentException("Không có địa phương " + agency.locality()));
		String name = agency.name() == null ? "" : VietText.squeeze(agency.name());
		if (name.isEmpty() || name.length() > 400) {
			throw new IllegalArgumentException("Tên cơ quan (trường name) phải có, tối đa 400 ký tự");
		}
		if (agencies.find(localityId, name).isPresent()) {
			throw new IllegalArgumentException("Đã có cơ quan mang tên hoặc tên gọi khác \"" + name + "\"");
		}
		if (agency.parentId() != null && !inLocality(agency.parentId(), localityId)) {
			throw new IllegalArgumentException("Cơ quan cấp trên " + agency.parentId() + " không thuộc " + agency.locality());
		}
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO agency (locality_id, parent_id, name, short_name, level, collective, active_from)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(localityId, agency.parentId(), name, agency.shortName(),
					agency.level() == null ? "PROVINCE" : agency.level(), VietText.fold(name).startsWith("cac "),
					agency.activeFrom() == null ? null : Date.valueOf(agency.activeFrom()))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		agencies.addAlias(id, name);
		audit.record(actor, "AGENCY_CREATED", "agency", Long.toString(id), null, agency.locality() + " " + name);
		return id;
	}

	@Transactional
	public void addAlias(long agencyId, String alias, String actor) {
		long localityId = localityOf(agencyId);
		String clean = alias == null ? "" : VietText.squeeze(alias);
		if (clean.isEmpty() || clean.length() > 400) {
			throw new IllegalArgumentException("Tên gọi khác (trường alias) phải có, tối đa 400 ký tự");
		}
		agencies.find(localityId, clean).ifPresent(other -> {
			throw new IllegalArgumentException("\"" + clean + "\" đã là tên gọi của cơ quan " + other);
		});
		agencies.addAlias(agencyId, clean);
		audit.record(actor, "AGENCY_ALIAS_ADDED", "agency", Long.toString(agencyId), null, clean);
	}

	@Transactional
	public void record(Event event, String actor) {
		String kind = event.kind() == null ? "" : event.kind();
		List<Long> to = event.toAgencyIds() == null ? List.of() : event.toAgencyIds();
		if (!KINDS.contains(kind)) {
			throw new IllegalArgumentException("Loại sắp xếp (trường kind) phải là MERGE, SPLIT, RENAME hoặc ABOLISH");
		}
		int expected = "SPLIT".equals(kind) ? 2 : "ABOLISH".equals(kind) ? 0 : 1;
		boolean countOk = "SPLIT".equals(kind) ? to.size() >= 2 : to.size() == expected;
		if (!countOk) {
			throw new IllegalArgumentException(kind + " cần " + ("SPLIT".equals(kind) ? "ít nhất 2" : expected)
					+ " cơ quan tiếp nhận (trường toAgencyIds), nhận được " + to.size());
		}
		if (event.effectiveDate() == null) {
			throw new IllegalArgumentException("Thiếu ngày hiệu lực (trường effectiveDate)");
		}
		if (event.source() == null || event.source().isBlank() || event.source().length() > 400) {
			throw new IllegalArgumentException("Thiếu căn cứ pháp lý (trường source), tối đa 400 ký tự");
		}
		long localityId = localityOf(event.fromAgencyId());
		for (long target : to) {
			if (target == event.fromAgencyId() || !inLocality(target, localityId)) {
				throw new IllegalArgumentException("Cơ quan tiếp nhận " + target + " phải là cơ quan khác, cùng địa phương");
			}
			// rule: responsibility must not flow back to where it came from
			AgencySuccessions.Succession onward = successions.resolve(target, event.effectiveDate());
			boolean loops = onward.steps().stream().anyMatch(s -> s.to() != null && s.to().id() == event.fromAgencyId());
			if (loops) {
				throw new IllegalArgumentException("Sự kiện tạo vòng lặp: cơ quan " + target + " đã chuyển về " + event.fromAgencyId());
			}
		}
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM agency_succession WHERE from_agency_id = ?")
			.param(event.fromAgencyId())
			.query(Long.class)
			.single() > 0;
		if (exists) {
			throw new IllegalArgumentException("Cơ quan " + event.fromAgencyId() + " đã có sự kiện sắp xếp; không ghi thêm");
		}
		for (Long target : to.isEmpty() ? java.util.Collections.<Long>singletonList(null) : to) {
			jdbc.sql("INSERT INTO agency_succession (kind, from_agency_id, to_agency_id, effective_date, source) VALUES (?, ?, ?, ?, ?)")
				.params(kind, event.fromAgencyId(), target, Date.valueOf(event.effectiveDate()), event.source().strip())
				.update();
		}
		jdbc.sql("UPDATE agency SET active_to = ?, version = version + 1 WHERE id = ?")
			.params(Date.valueOf(event.effectiveDate().minusDays(1)), event.fromAgencyId())
			.update();
		audit.record(actor, "AGENCY_SUCCESSION_RECORDED", "agency", Long.toString(event.fromAgencyId()), null,
				kind + " to=" + to + " on=" + event.effectiveDate() + " source=" + event.source().strip());
	}

	private long localityOf(long agencyId) {
		return jdbc.sql("SELECT locality_id FROM agency WHERE id = ?")
			.param(agencyId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("Không tìm thấy cơ quan " + agencyId));
	}

	private boolean inLocality(long agencyId, long localityId) {
		return jdbc.sql("SELECT COUNT(*) FROM agency WHERE id = ? AND locality_id = ?")
			.params(agencyId, localityId)
			.query(Long.class)
			.single() > 0;
	}
}
