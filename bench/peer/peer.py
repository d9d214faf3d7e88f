#!/usr/bin/env python3
"""Loading and bookkeeping for bench/peer/run.sh (Python standard library only).

  peer.py plantrack STATE URL ADMIN_PASSWORD   read a confirmed plan's tasks and agencies from PlanTrack's API,
                                               pick the agencies for the benchmark, create REPORTER users and
                                               their API tokens, sign the admin in for pages
  peer.py redmine STATE URL API_KEY PASSWORD   load the same tasks into Redmine as issues of one project, one
                                               group per agency (assignee = lead agency), sign the admin in
  peer.py table RESULTS                        print the side-by-side table with PlanTrack/Redmine ratios
STATE is a JSON file both steps read and extend; run.sh reads values from it with `peer.py get STATE key`.
"""
import base64
import http.cookiejar
import json
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

REPORTER_PASSWORD = "peer-bench-reporter-1"
PROJECT = "plantrack-peer"


class Client:
	"""A tiny HTTP client with a cookie jar, for form sign-in and JSON calls."""

	def __init__(self, base, headers=None):
		self.base = base.rstrip("/")
		self.headers = headers or {}
		self.jar = http.cookiejar.CookieJar()
		self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

	def call(self, method, path, body=None, headers=None, form=None, expect=(200, 201, 204)):
		h = dict(self.headers)
		h.update(headers or {})
		data = None
		if body is not None:
			data = json.dumps(body).encode()
			h["Content-Type"] = "application/json"
		elif form is not None:
			data = urllib.parse.urlencode(form).encode()
			h["Content-Type"] = "application/x-www-form-urlencoded"
		req = urllib.request.Request(self.base + path, data=data, headers=h, method=method)
		try:
			with self.opener.open(req, timeout=120) as resp:
				status, text = resp.status, resp.read().decode("utf-8", "replace")
		except urllib.error.HTTPError as e:
			status, text = e.code, e.read().decode("utf-8", "replace")
		if expect and status not in expect:
			raise SystemExit(f"peer.py: {method} {path} answered {status}: {text[:300]}")
		return status, text

	def json(self, method, path, body=None, headers=None, expect=(200, 201, 204)):
		status, text = self.call(method, path, body=body, headers=headers, expect=expect)
		return json.loads(text) if text.strip() else None

	def cookie_header(self):
		return "; ".join(f"{c.name}={c.value}" for c in self.jar)


def basic(user, password):
	return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def hidden(html, name):
	m = re.search(r'name="' + re.escape(name) + r'"[^>]*value="([^"]*)"', html) or re.search(
		r'value="([^"]*)"[^>]*name="' + re.escape(name) + r'"', html)
	if not m:
		raise SystemExit(f"peer.py: no hidden field {name} in the sign-in form")
	return m.group(1)


def plantrack(state_file, url, admin_password):
	# HTTP Basic checks a BCrypt hash on every call; one admin token makes the ~120 reads below quick
	admin_token = Client(url, basic("admin", admin_password)).json("POST", "/api/tokens",
			body={"name": "peer benchmark loader", "scope": "READ"})["token"]
	api = Client(url, {"Authorization": "Bearer " + admin_token})
	docs = api.json("GET", "/api/documents")
	confirmed = [d for d in docs if d.get("status") == "CONFIRMED"]
	# the plan of seed 002 (139/QĐ-UBND) when present, otherwise the confirmed document with most tasks
	plan = next((d for d in confirmed if (d.get("fileName") or "").startswith("002_")), None)
	if plan is None:
		plan = max(confirmed, key=lambda d: len(api.json("GET", f"/api/tasks?documentId={d['id']}")))
	summaries = api.json("GET", f"/api/tasks?documentId={plan['id']}")
	tasks, agencies = [], {}
	lead_count, coord_count, moved = {}, {}, set()
	for s in summaries:
		view = api.json("GET", f"/api/tasks/{s['id']}")
		resp = view["responsibility"]
		lead_ids, coord_ids = [], []
		for role, out, counts in (("lead", lead_ids, lead_count), ("coordinating", coord_ids, coord_count)):
			for a in resp[role]:
				original = a.get("original")
				if not original:
					continue
				agencies[original["id"]] = original["name"]
				out.append(original["id"])
				counts[original["id"]] = counts.get(original["id"], 0) + 1
				if not a.get("current") or a["current"]["id"] != original["id"]:
					moved.add(original["id"])
		tasks.append({"id": s["id"], "code": s["code"], "title": s["title"], "due": s["due"], "lead": lead_ids,
				"coordinating": coord_ids})
	# the listed agency: the one leading most tasks that never coordinates and was never merged or split, so
	# "its tasks" are the same rows in both systems (PlanTrack: names the agency; Redmine: assigned to it)
	stable = [a for a in agencies if a not in moved]
	list_agency = max((a for a in stable if coord_count.get(a, 0) == 0), key=lambda a: lead_count.get(a, 0),
			default=None) or max(stable, key=lambda a: lead_count.get(a, 0))
	# the writing agency: coordinates most tasks (a coordinating contribution is an insert, no version check)
	write_agency = max((a for a in stable if coord_count.get(a, 0) > 0), key=lambda a: coord_count[a])
	write_tasks = [t["id"] for t in tasks if write_agency in t["coordinating"]]

	web = Client(url)
	_, page = web.call("GET", "/login")
	web.call("POST", "/login", form={"username": "admin", "password": admin_password, "_csrf": hidden(page, "_csrf")},
			expect=(200, 302))
	status, _ = web.call("GET", f"/plans/{plan['id']}", expect=None)
	if status != 200:
		raise SystemExit(f"peer.py: PlanTrack sign-in failed (plan page answered {status})")
	tokens = {}
	for key, agency in (("list", list_agency), ("write", write_agency)):
		username = f"peer-{key}-{agency}"
		_, form_page = web.call("GET", "/admin/users")
		if f">{username}<" not in form_page:
			web.call("POST", "/admin/users", form={"username": username, "password": REPORTER_PASSWORD,
					"role": "REPORTER", "agencyId": str(agency), "_csrf": hidden(form_page, "_csrf")},
					expect=(200, 302))
		created = Client(url, basic(username, REPORTER_PASSWORD)).json("POST", "/api/tokens",
				body={"name": "peer benchmark", "scope": "WRITE"})
		tokens[key] = created["token"]
	state = {"plan": plan["id"], "planSymbol": plan.get("symbol"), "tasks": tasks, "agencies": agencies,
			"listAgency": list_agency, "listAgencyName": agencies[list_agency],
			"listRowsExpected": sum(1 for t in tasks if list_agency in t["lead"] or list_agency in t["coordinating"]),
			"writeAgency": write_agency, "writeAgencyName": agencies[write_agency], "writeTasks": write_tasks,
			"ptAdminToken": admin_token, "ptListToken": tokens["list"], "ptWriteToken": tokens["write"], "ptCookie": web.cookie_header()}
	save(state_file, state)
	print(f"PlanTrack: plan {plan['id']} ({plan.get('symbol')}) with {len(tasks)} tasks, {len(agencies)} agencies; "
			f"listed agency {list_agency} '{agencies[list_agency]}' ({state['listRowsExpected']} tasks); "
			f"writing agency {write_agency} '{agencies[write_agency]}' ({len(write_tasks)} tasks)")


def redmine(state_file, url, api_key, admin_password):
	state = load(state_file)
	api = Client(url, {"X-Redmine-API-Key": api_key})
	started = time.time()
	status, _ = api.call("GET", f"/projects/{PROJECT}.json", expect=None)
	if status == 200:
		api.call("DELETE", f"/projects/{PROJECT}.json")
	project = api.json("POST", "/projects.json", body={"project": {"name": "PlanTrack peer", "identifier": PROJECT,
			"is_public": False, "enabled_module_names": ["issue_tracking"]}})["project"]
	roles = api.json("GET", "/roles.json")["roles"]
	role = next((r for r in roles if r["name"] == "Developer"), roles[0])
	existing = {}
	offset = 0
	while True:
		page = api.json("GET", f"/groups.json?limit=100&offset={offset}")
		for g in page["groups"]:
			existing[g["name"]] = g["id"]
		offset += 100
		if offset >= page.get("total_count", 0):
			break
	groups = {}
	for agency_id, name in state["agencies"].items():
		# Redmine group names are unique regardless of case; the agency id keeps look-alike names apart
		group_name = f"{name[:200]} [{agency_id}]"
		gid = existing.get(group_name)
		if gid is None:
			gid = api.json("POST", "/groups.json", body={"group": {"name": group_name}})["group"]["id"]
		api.json("POST", f"/projects/{project['id']}/memberships.json",
				body={"membership": {"user_id": gid, "role_ids": [role["id"]]}})
		groups[agency_id] = gid
	list_agency = str(state["listAgency"])
	for t in state["tasks"]:
		lead = [str(a) for a in t["lead"]]
		assignee = list_agency if list_agency in lead else (lead[0] if lead else None)
		issue = {"project_id": project["id"], "subject": (t["code"] + " " + t["title"])[:255],
				"description": t["title"]}
		if assignee:
			issue["assigned_to_id"] = groups[assignee]
		if t.get("due"):
			issue["due_date"] = t["due"]
		api.json("POST", "/issues.json", body={"issue": issue})
	web = Client(url)
	_, page = web.call("GET", "/login")
	web.call("POST", "/login", form={"username": "admin", "password": admin_password,
			"authenticity_token": hidden(page, "authenticity_token")}, expect=(200, 302))
	status, _ = web.call("GET", "/my/page", expect=None)
	if status != 200:
		raise SystemExit(f"peer.py: Redmine sign-in failed (my page answered {status})")
	state.update({"rmProject": project["id"], "rmGroups": groups, "rmListGroup": groups[list_agency],
			"rmWriteGroup": groups[str(state["writeAgency"])], "rmCookie": web.cookie_header()})
	save(state_file, state)
	listed = api.json("GET", f"/issues.json?project_id={project['id']}&assigned_to_id={groups[list_agency]}"
			"&status_id=*&limit=100")
	print(f"Redmine: project {project['id']} with {len(state['tasks'])} issues and {len(groups)} groups loaded in "
			f"{time.time() - started:.0f} s; the listed group has {listed['total_count']} issues")


def table(results_file):
	rows = {}
	order = []
	for line in open(results_file, encoding="utf-8"):
		parts = line.split("\t")
		if len(parts) < 4 or not parts[3].startswith("RESULT"):
			continue
		system, scenario, conns = parts[0], parts[1], parts[2]
		values = parts[3].split()[1:]
		key = (scenario, conns)
		if key not in rows:
			rows[key] = {}
			order.append(key)
		rows[key][system] = [float(v) for v in values]
	head = (f"{'scenario':<22}{'conns':>6} | {'PlanTrack req/s':>15}{'p50 ms':>9}{'p99 ms':>9}{'n':>6}{'err':>5} | "
			f"{'Redmine req/s':>13}{'p50 ms':>9}{'p99 ms':>9}{'n':>6}{'err':>5} | {'ratio req/s':>11}{'ratio p99':>10}")
	print(head)
	print("-" * len(head))
	flagged = False
	for key in order:
		p, r = rows[key].get("plantrack"), rows[key].get("redmine")
		conns = int(key[1])

		def cells(v, width):
			nonlocal flagged
			if not v or v[3] == 0:
				return f"{'none':>{width}}{'—':>9}{'—':>9}{0:>6d}{int(v[4] + v[5]) if v else 0:>5d}"
			# fewer answers than twice the connections: the slowest requests never finished inside the run,
			# so the latency figures describe only the survivors
			mark = "*" if v[3] < 2 * conns else ""
			flagged = flagged or bool(mark)
			return f"{v[0]:>{width}.2f}{v[1]:>9.0f}{(f'{v[2]:.0f}' + mark):>9}{int(v[3]):>6d}{int(v[4] + v[5]):>5d}"

		ok = p and r and p[0] > 0 and r[0] > 0 and p[3] > 0 and r[3] > 0
		ratio_rps = f"{p[0] / r[0]:.2f}" if ok else "—"
		ratio_p99 = f"{p[2] / r[2]:.2f}" if ok else "—"
		print(f"{key[0]:<22}{key[1]:>6} | {cells(p, 15)} | {cells(r, 13)} | {ratio_rps:>11}{ratio_p99:>10}")
	print("ratio = PlanTrack / Redmine (req/s above 1: PlanTrack serves more; p99 below 1: PlanTrack answers faster);"
			" n = answers counted; err = non-2xx/3xx answers + socket errors")
	if flagged:
		print("* fewer answers than 2 x connections: many requests were still waiting when the run ended, so p50/p99"
				" describe only those that finished (a lower bound)")


def load(path):
	with open(path, encoding="utf-8") as f:
		return json.load(f)


def save(path, state):
	with open(path, "w", encoding="utf-8") as f:
		json.dump(state, f, ensure_ascii=False, indent=1)


def main(argv):
	if len(argv) >= 4 and argv[0] == "plantrack":
		plantrack(argv[1], argv[2], argv[3])
	elif len(argv) >= 5 and argv[0] == "redmine":
		redmine(argv[1], argv[2], argv[3], argv[4])
	elif len(argv) >= 2 and argv[0] == "table":
		table(argv[1])
	elif len(argv) >= 3 and argv[0] == "get":
		value = load(argv[1])[argv[2]]
		print(" ".join(str(v) for v in value) if isinstance(value, list) else value)
	else:
		raise SystemExit(__doc__)


if __name__ == "__main__":
	main(sys.argv[1:])
