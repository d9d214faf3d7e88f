package vn.plantrack.investment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AuditLog;

/**
 * The disbursement checkpoints per locality and year, editable by a MONITOR. A rule already evaluated is
 * frozen (its list stands as published); a change for that date needs a new rule.
 */
@Service
public class ThresholdRules {

	private static final String SELECT = """
			SELECT r.id, l.code AS locality_code, l.name AS locality, r.rule_year, r.checkpoint_date, r.basis,
			       r.minimum_rate, r.action, r.source_text, r.source_document, r.source_line,
			       (SELECT COUNT(*) FROM checkpoint_run cr WHERE cr.rule_id = r.id) AS runs
			FROM threshold_rule r JOIN locality l ON l.id = r.locality_id""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ThresholdRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The rules of a locality (code) and year; either may be null for all. By date. */
	public List<ThresholdRule> list(String localityCode, Integer year) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (localityCode != null && !localityCode.isBlank()) {
			where.append(" AND l.code = ?");
			params.add(localityCode);
		}
		if (year != null) {
			where.append(" AND r.rule_year = ?");
			params.add(year);
		}
		return jdbc.sql(SELECT + where + " ORDER BY l.code, r.checkpoint_date, r.id")
			.params(params)
			.query(ThresholdRules::map)
			.list();
	}

	public Optional<ThresholdRule> find(long id) {
		return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(ThresholdRules::map).optional();
	}

	ThresholdRule require(long id) {
		return find(id).orElseThrow(() -> new NotFoundInvestmentException("không có ngưỡng giải ngân " + id));
	}

	@Transactional
	public ThresholdRule create(RuleDraft draft, String actor) {
		Valid valid = validate(draft);
		KeyHolder keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					INSERT INTO threshold_rule (locality_id, rule_year, checkpoint_date, basis, minimum_rate, action,
					                            source_text, source_document, source_line, updated_by, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(valid.localityId(), draft.year(), Date.valueOf(draft.checkpointDate()), valid.basis().name(),
						draft.minimumRate(), valid.action().name(), Text.cut(draft.sourceText(), 2000),
						Text.cut(draft.sourceDocument(), 400), draft.sourceLine(), actor, Timestamp.from(clock.instant()))
				.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictInvestmentException("đã có ngưỡng " + valid.action() + " ngày " + draft.checkpointDate()
					+ " cho địa phương " + draft.localityCode());
		}
		long id = keys.getKeyAs(Number.class).longValue();
		audit.record(actor, "THRESHOLD_RULE_CREATED", "threshold_rule", Long.toString(id), null, describe(draft));
		return require(id);
	}

	@Transactional
	public ThresholdRule update(long id, RuleDraft draft, String actor) {
		ThresholdRule before = require(id);
		if (before.frozen()) {
			throw new ConflictInvestmentException("ngưỡng ngày " + before.checkpointDate()
					+ " đã được đánh giá; danh sách đã chốt không sửa được");
		}
		Valid valid = validate(draft);
		try {
			jdbc.sql("""
					UPDATE threshold_rule SET locality_id = ?, rule_year = ?, checkpoint_date = ?, basis = ?,
					       minimum_rate = ?, action = ?, source_text = ?, source_document = ?, source_line = ?,
					       updated_by = ?, updated_at = ?, version = version + 1
					WHERE id = ?""")
				.params(valid.localityId(), draft.year(), Date.valueOf(draft.checkpointDate()), valid.basis().name(),
						draft.minimumRate(), valid.action().name(), Text.cut(draft.sourceText(), 2000),
						Text.cut(draft.sourceDocument(), 400), draft.sourceLine(), actor, Timestamp.from(clock.instant()),
						id)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictInvestmentException("đã có ngưỡng " + valid.action() + " ngày " + draft.checkpointDate()
					+ " cho địa phương " + draft.localityCode());
		}
		audit.record(actor, "THRESHOLD_RULE_UPDATED", "threshold_rule", Long.toString(id),
				before.checkpointDate() + " " + before.minimumRate().toPlainString() + "% " + before.action(),
				describe(draft));
		return require(id);
	}

	private record Valid(long localityId, RateBasis basis, ThresholdAction action) {
	}

	private Valid validate(RuleDraft draft) {
		if (draft == null) {
			throw new InvestmentException("thiếu nội dung ngưỡng giải ngân");
		}
		if (draft.localityCode() == null || draft.localityCode().isBlank()) {
			throw new InvestmentException("thiếu địa phương (locality)");
		}
		long localityId = jdbc.sql("SELECT id FROM locality WHERE code = ?")
			.param(draft.localityCode())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new InvestmentException("không có địa phương mã \"" + draft.localityCode() + "\""));
		if (draft.year() == null) {
			throw new InvestmentException("thiếu năm (year)");
		}
		CapitalPlans.requireYear(draft.year());
		if (draft.checkpointDate() == null) {
			throw new InvestmentException("thiếu ngày mốc (checkpointDate)");
		}
		if (draft.checkpointDate().getYear() != draft.year()) {
			throw new InvestmentException("ngày mốc " + draft.checkpointDate() + " không thuộc năm " + draft.year());
		}
		BigDecimal rate = draft.minimumRate();
		if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(1000)) > 0 || rate.scale() > 2) {
			throw new InvestmentException("tỷ lệ tối thiểu phải là số phần trăm từ 0 đến 1000, tối đa 2 chữ số thập phân");
		}
		return new Valid(localityId, parse(RateBasis.class, draft.basis() == null ? "CUMULATIVE" : draft.basis(), "basis"),
				parse(ThresholdAction.class, draft.action(), "action"));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
		try {
			return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvestmentException(field + " không hợp lệ: \"" + text + "\"");
		}
	}

	private static String describe(RuleDraft draft) {
		return draft.localityCode() + " " + draft.checkpointDate() + " " + draft.basis() + " < "
				+ draft.minimumRate().toPlainString() + "% → " + draft.action();
	}

	static ThresholdRule map(ResultSet rs, int row) throws SQLException {
		return new ThresholdRule(rs.getLong("id"), rs.getString("locality_code"), rs.getString("locality"),
				rs.getInt("rule_year"), rs.getDate("checkpoint_date").toLocalDate(), RateBasis.valueOf(rs.getString("basis")),
				rs.getBigDecimal("minimum_rate").setScale(2), ThresholdAction.valueOf(rs.getString("action")),
				rs.getString("source_text"), rs.getString("source_document"),
				(Integer) rs.getObject("source_line", Integer.class), rs.getLong("runs") > 0);
	}
}
