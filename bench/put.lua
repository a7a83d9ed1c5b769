-- PUT variants of bench/run.sh. Each thread writes its own 128 pages (w0..w127, w128..w255) in turn, so that with
-- 16 connections per thread a page's previous write has finished before it is written again.
--   wrk ... -s bench/put.lua http://127.0.0.1:8081 -- if-match   PUT /pages/wN with If-Match: <the page's last ETag>
--   wrk ... -s bench/put.lua http://127.0.0.1:8081 -- blind      PUT /blind/wN without a precondition
-- A page's first If-Match is "*" (the run does not know its ETag yet); afterwards it is the ETag of the previous
-- 200 for that page (found by its Content-Location). A 412 (a write overtaken, or a stale tag) resets the page to "*".
local PAGES_PER_THREAD = 128
local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local mode, prefix, counter, etags
local body = '{"title":"Benchmark","body":"' .. string.rep("x", 1024) .. '"}'

function init(args)
  mode = args[1] or "if-match"
  prefix = (mode == "blind") and "/blind/w" or "/pages/w"
  counter = 0
  etags = {}
end

function request()
  local page = tid * PAGES_PER_THREAD + (counter % PAGES_PER_THREAD)
  counter = counter + 1
  local path = prefix .. page
  local headers = { ["Content-Type"] = "application/json" }
  if mode ~= "blind" then
    headers["If-Match"] = etags[path] or "*"
  end
  return wrk.format("PUT", path, headers, body)
end

function response(status, headers, body)
  if mode == "blind" then
    return
  end
  if status == 200 then
    local path = headers["Content-Location"] or headers["content-location"]
    local etag = headers["ETag"] or headers["etag"]
    if path and etag then
      etags[path] = etag
    end
  elseif status == 412 and body then
    local path = string.match(body, '"href":"(/pages/w%d+)"')
    if path then
      etags[path] = nil
    end
  end
end
