package vn.plantrack.tracking;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AuditLog;
import vn.plantrack.registry.Role;

/**
 * The calendar table behind {@link WorkingDays}: the holidays, breaks and swapped days of a year, kept by a
 * MONITOR or an ADMIN as the Government announces them. Every change is audited.
 */
@Service
public class NonWorkingDays {

	private static final int MIN_YEAR = 2000;

	private static final int MAX_YEAR = 2100;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	NonWorkingDays(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * kind OFF (a weekday nobody works) or WORKING (a weekend day worked in exchange, làm bù); decided false
	 * for days projected from the lunar calendar that the year's notice has not confirmed yet; fixed for the
	 * solar holidays of the Labour Code, which are not stored.
	 */
	public record Day(LocalDate day, String kind, String name, String source, boolean decided, boolean fixed) {
	}

	/** A day to enter: kind defaults to OFF. */
	public record NewDay(LocalDate day, String kind, String name, String source) {
	}

	/** The year's stored days and its fixed holidays, in date order. */
	public List<Day> ofYear(int year) {
		requireYear(year);
		List<Day> days = new ArrayList<>(jdbc.sql("""
				SELECT off_day, kind, name, source, decided FROM non_working_day
				WHERE off_day BETWEEN ? AND ? ORDER BY off_day""")
			.params(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)))
			.query((rs, n) -> new Day(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5), false))
			.list());
		for (MonthDay holiday : WorkingDays.FIXED_HOLIDAYS) {
			LocalDate day = holiday.atYear(year);
			if (days.stream().noneMatch(d -> d.day().equals(day))) {
				days.add(new Day(day, "OFF", fixedName(holiday), "Bộ luật Lao động 2019, Điều 112", true, true));
			}
		}
		days.sort(Comparator.comparing(Day::day));
		return days;
	}

	@Transactional
	public Day add(NewDay entry, Actor actor) {
		requireKeeper(actor);
		if (entry == null || entry.day() == null) {
			throw TrackingException.invalid("Thiếu ngày (trường day, dạng yyyy-MM-dd)");
		}
		requireYear(entry.day().getYear());
		String kind = entry.kind() == null || entry.kind().isBlank() ? "OFF" : entry.kind().strip();
		if (!"OFF".equals(kind) && !"WORKING".equals(kind)) {
			throw TrackingException.invalid("Loại ngày (trường kind) phải là OFF (nghỉ) hoặc WORKING (làm bù)");
		}
		boolean weekend = entry.day().getDayOfWeek() == DayOfWeek.SATURDAY || entry.day().getDayOfWeek() == DayOfWeek.SUNDAY;
		if ("WORKING".equals(kind) && !weekend) {
			throw TrackingException.invalid("Ngày làm bù " + entry.day() + " phải là thứ Bảy hoặc Chủ nhật");
		}
		String name = entry.name() == null ? "" : entry.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			throw TrackingException.invalid("Tên ngày nghỉ (trường name) phải có, tối đa 200 ký tự");
		}
		String source = entry.source() == null || entry.source().isBlank() ? null : entry.source().strip();
		if (source != null && source.length() > 400) {
			throw TrackingException.invalid("Căn cứ (trường source) tối đa 400 ký tự");
		}
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM non_working_day WHERE off_day = ?")
			.param(Date.valueOf(entry.day()))
			.query(Long.class)
			.single() > 0;
		if (exists) {
			throw TrackingException.conflict("Ngày " + entry.day() + " đã có trong lịch; hãy xóa rồi nhập lại");
		}
		jdbc.sql("INSERT INTO non_working_day (off_day, kind, name, source, decided) VALUES (?, ?, ?, ?, TRUE)")
			.params(Date.valueOf(entry.day()), kind, name, source)
			.update();
		audit.record(actor.username(), "NON_WORKING_DAY_ADDED", "non_working_day", entry.day().toString(), null,
				kind + " " + name + (source == null ? "" : " source=" + source));
		return new Day(entry.day(), kind, name, source, true, false);
	}

	@Transactional
	public void remove(LocalDate day, Actor actor) {
		requireKeeper(actor);
		Day before = jdbc.sql("SELECT off_day, kind, name, source, decided FROM non_working_day WHERE off_day = ?")
			.param(Date.valueOf(day))
			.query((rs, n) -> new Day(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5), false))
			.optional()
			.orElseThrow(() -> TrackingException.notFound("Ngày " + day + " không có trong lịch ngày nghỉ"
					+ (WorkingDays.FIXED_HOLIDAYS.contains(MonthDay.from(day)) ? " (ngày lễ cố định theo Bộ luật Lao động)" : "")));
		jdbc.sql("DELETE FROM non_working_day WHERE off_day = ?").param(Date.valueOf(day)).update();
		audit.record(actor.username(), "NON_WORKING_DAY_REMOVED", "non_working_day", day.toString(),
				before.kind() + " " + before.name(), null);
	}

	private static void requireKeeper(Actor actor) {
		if (actor.role() != Role.MONITOR && actor.role() != Role.ADMIN) {
			throw TrackingException.notPermitted("Chỉ cán bộ theo dõi (MONITOR) hoặc quản trị (ADMIN) được sửa lịch ngày nghỉ");
		}
	}

	private static void requireYear(int year) {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw TrackingException.invalid("Năm " + year + " nằm ngoài " + MIN_YEAR + "-" + MAX_YEAR);
		}
	}

	private static String fixedName(MonthDay holiday) {
		if (holiday.getMonthValue() == 1) {
			return "Tết Dương lịch";
		}
		if (holiday.getMonthValue() == 4) {
			return "Ngày Chiến thắng (30/4)";
		}
		return holiday.getMonthValue() == 5 ? "Ngày Quốc tế Lao động (1/5)" : "Quốc khánh (2/9)";
	}
}
