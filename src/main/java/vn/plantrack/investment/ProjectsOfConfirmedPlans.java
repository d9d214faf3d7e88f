package vn.plantrack.investment;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.plantrack.registry.PlanConfirmed;

/** When a plan is confirmed its projects (Phụ lục: công trình, dự án) are registered with it, in the same transaction. */
@Component
class ProjectsOfConfirmedPlans {

	private final ProjectRegistration registration;

	ProjectsOfConfirmedPlans(ProjectRegistration registration) {
		this.registration = registration;
	}

	@EventListener
	void on(PlanConfirmed event) {
		if (!event.reviewed().projects().isEmpty()) {
			registration.register(event.documentId(), event.reviewed().projects(), event.actor());
		}
	}
}
