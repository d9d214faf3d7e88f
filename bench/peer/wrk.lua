-- One wrk script for every scenario of bench/peer/run.sh, driven by the environment:
--   PEER_METHOD  GET or POST
--   PEER_PATHS   space-separated request paths; each wrk thread walks them round-robin from its own offset
--   PEER_BODY    request body for POST ("%n" becomes a per-thread counter, so created rows differ)
--   PEER_HEADER1..PEER_HEADER4  extra "Name: value" headers (authentication, content type, cookie)
-- done() prints one machine-readable line: RESULT <req/s> <p50 ms> <p99 ms> <requests> <non-2xx/3xx> <socket errors>

local method = os.getenv("PEER_METHOD") or "GET"
local body = os.getenv("PEER_BODY")
local paths = {}
for p in string.gmatch(os.getenv("PEER_PATHS") or "/", "%S+") do
	paths[#paths + 1] = p
end
local headers = {}
for i = 1, 4 do
	local h = os.getenv("PEER_HEADER" .. i)
	if h and h ~= "" then
		local name, value = string.match(h, "^([^:]+):%s*(.*)$")
		headers[name] = value
	end
end

local counter = 0
local index = 0

function setup(thread)
	index = index + 1
	thread:set("thread_id", index)
end

function init(args)
	counter = 0
	index = (thread_id or 1) * 7
end

function request()
	counter = counter + 1
	index = index + 1
	local path = paths[(index % #paths) + 1]
	local b = nil
	if body then
		b = string.gsub(body, "%%n", tostring(thread_id or 0) .. "-" .. tostring(counter))
	end
	return wrk.format(method, path, headers, b)
end

function done(summary, latency, requests)
	local seconds = summary.duration / 1e6
	local bad = summary.errors.status
	local sockets = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
	io.write(string.format("RESULT %.2f %.2f %.2f %d %d %d\n", summary.requests / seconds,
		latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, bad, sockets))
end
