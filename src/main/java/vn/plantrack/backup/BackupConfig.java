package vn.plantrack.backup;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The backup engine is plain JDBC; this wires it to the application's database. */
@Configuration(proxyBeanMethods = false)
class BackupConfig {

	@Bean
	Backup backup(DataSource dataSource, Clock clock) {
		return new Backup(dataSource, clock);
	}
}
