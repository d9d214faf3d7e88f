package vn.plantrack.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page for something that does not exist: 404, not a stack trace. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFoundException extends RuntimeException {

	NotFoundException(String what) {
		super(what + " not found");
	}
}
