package vn.plantrack.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start only: creates the {@code admin} account. There is no default password: it is taken from
 * PLANTRACK_ADMIN_PASSWORD, or generated, printed once and saved owner-only in the data directory.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "plantrack.bootstrap.admin", havingValue = "true", matchIfMissing = true)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserAccounts users;

	private final Path dataDir;

	private final String configuredPassword;

	AdminBootstrap(UserAccounts users, @Value("${plantrack.data-dir}") Path dataDir,
			@Value("${PLANTRACK_ADMIN_PASSWORD:}") String configuredPassword) {
		this.users = users;
		this.dataDir = dataDir;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (users.any()) {
			return;
		}
		if (!configuredPassword.isBlank()) {
			PasswordPolicy.violation("admin", configuredPassword).ifPresent(rule -> {
				throw new IllegalStateException("PLANTRACK_ADMIN_PASSWORD: " + rule.message());
			});
			users.create("admin", configuredPassword, Role.ADMIN, null, "system");
			log.info("Created user 'admin' with the password from PLANTRACK_ADMIN_PASSWORD");
			return;
		}
		String password = randomPassword();
		users.create("admin", password, Role.ADMIN, null, "system");
		Path file = dataDir.resolve("admin-password.txt");
		Files.createDirectories(dataDir);
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			log.warn("Cannot restrict permissions of {} on this file system", file);
		}
		log.warn("Created user 'admin' with password {} (also saved in {}; shown only once)", password,
				file.toAbsolutePath().normalize());
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		while (true) {
			byte[] bytes = new byte[15];
			random.nextBytes(bytes);
			String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			// 20 random characters almost always pass; draw again in the rare case they do not
			if (PasswordPolicy.violation("admin", password).isEmpty()) {
				return password;
			}
		}
	}
}
