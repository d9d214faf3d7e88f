# Run with `rails runner` inside Redmine (bench/peer/setup-redmine.sh does it): turns on the REST API and group
# assignment, gives the admin a known password without a forced change, and prints the admin's API key last.
Setting.rest_api_enabled = '1'
# groups stand for agencies and must be assignable
Setting.issue_group_assignment = '1'
# the benchmark signs in with a form like a user; no self-registration, no gravatar lookups on pages
Setting.self_registration = '0'
Setting.gravatar_enabled = '0'
# plan tasks keep their own deadlines, many already past: no start date of "today" that would follow them
Setting.default_issue_start_date_to_creation_date = '0'
# no mail server here: no notification mails (PlanTrack sends none for these calls either)
Setting.notified_events = []

admin = User.find_by(login: 'admin') || raise('no admin user')
password = ENV.fetch('PEER_REDMINE_ADMIN_PASSWORD')
unless admin.check_password?(password)
  admin.password = password
  admin.password_confirmation = password
end
admin.must_change_passwd = false
admin.status = User::STATUS_ACTIVE
admin.save!

# User#api_key creates the token on first use and returns the same one afterwards
puts admin.api_key
