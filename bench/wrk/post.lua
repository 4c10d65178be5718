-- post.lua: POST unique comments as JSON to the URL given on the command
-- line; every request body is different (thread id + counter). Counts 2xx
-- answers (status.lua) so they can be compared with the rows stored.
require "bench.wrk.status"

local counter = 0
local id = 0

function init(args)
    id = wrk.thread:get("id")
end

function request()
    counter = counter + 1
    local body = string.format(
        '{"body":"Benchmark comment %d from worker %d: the prosecutor fled to Israel in 2020 and the case goes on."}',
        counter, id)
    return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end
