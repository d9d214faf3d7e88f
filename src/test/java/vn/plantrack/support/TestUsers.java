package vn.plantrack.support;

/** Credentials of the users the tests create; not used outside tests. */
public final class TestUsers {

	public static final String ADMIN_PASSWORD = "test-Superuser-Pass-1";

	private TestUsers() {
	}
}
